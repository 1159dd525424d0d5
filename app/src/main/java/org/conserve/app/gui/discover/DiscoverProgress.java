package org.conserve.app.gui.discover;

/**
 * What the worker last reported, handed to the UI at most once per frame.
 *
 * @param stage            the stage for a person, e.g. "Training (Adam 300 of 1500)"
 * @param fraction         of the whole run done, in [0, 1], or -1 when unknown
 * @param remainingSeconds estimated time left, or NaN when unknown
 * @param lossPoints       how many loss points the worker has recorded so far
 */
public record DiscoverProgress(String stage, double fraction, double remainingSeconds, int lossPoints) {
}
