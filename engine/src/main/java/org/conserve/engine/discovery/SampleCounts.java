package org.conserve.engine.discovery;

/**
 * How many points a discovery run drew and used.
 *
 * @param requested        training points asked for
 * @param used             training points kept (inside the filter, f finite)
 * @param rejectedByFilter drawn training points the {@code where} condition rejected
 * @param droppedNonFinite drawn training points dropped because f was NaN or infinite there
 * @param heldOut          fresh points (own seed, same box and filter) the count was measured on
 */
public record SampleCounts(int requested, int used, long rejectedByFilter, long droppedNonFinite, int heldOut) {
}
