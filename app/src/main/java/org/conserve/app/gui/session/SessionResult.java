package org.conserve.app.gui.session;

import java.util.List;

import org.conserve.app.gui.discover.DiscoverResult;
import org.conserve.app.gui.discover.LossPoint;

/**
 * The discovery a session shows again: the result (count, spectrum, laws with status, the trained networks
 * in {@code discovery.neural().model()}), the loss history of its training and how long the run took.
 * Immutable.
 *
 * @param discovery the result as the Discover page showed it
 * @param losses    the training reports, oldest first
 * @param seconds   wall time of the run (training, counting and the formula search)
 */
public record SessionResult(DiscoverResult discovery, List<LossPoint> losses, double seconds) {
    public SessionResult {
        losses = List.copyOf(losses);
    }
}
