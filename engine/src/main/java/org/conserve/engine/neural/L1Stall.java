package org.conserve.engine.neural;

/**
 * Ends an L-BFGS phase when l1 fell by less than {@link ConservationTrainer#STALL_IMPROVEMENT} over the
 * last {@link ConservationTrainer#STALL_WINDOW} iterations. Judged on l1, not on the loss, whose lambda l2
 * floor hides l1's progress. Not thread-safe; one per phase.
 */
final class L1Stall {
    private final double[] history = new double[ConservationTrainer.STALL_WINDOW];

    /** Records the accepted point's l1 at {@code iteration} (1-based); true when the phase has stalled. */
    boolean stalled(int iteration, double l1) {
        int slot = iteration % history.length;
        boolean stalled = iteration > history.length
                && l1 > (1 - ConservationTrainer.STALL_IMPROVEMENT) * history[slot];
        history[slot] = l1;
        return stalled;
    }
}
