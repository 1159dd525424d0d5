package org.conserve.engine.neural;

/**
 * How one network of {@link PrecisionTrainer} ended: its precision, and whether it counts as a law.
 *
 * @param index            1-based position: the network trained against the {@code index - 1} accepted ones
 * @param iterations       BFGS iterations spent on it (screening of every start included)
 * @param trainingL1       its conservation loss l1 on the training points
 * @param heldOutL1        its l1 on the held-out points
 * @param independentL1    the held-out l1 of its part independent of the accepted networks (see
 *                         {@link DeflatedObjective}): what decides whether it counts
 * @param trainingIndependentL1 the same on the training points
 * @param medianLogDistance median over held-out points of log |v|^2, v the independent part of its unit
 *                         gradient (0: orthogonal to the accepted networks; very negative: nearly dependent)
 * @param accepted         {@code independentL1 <= } {@link PrecisionTrainer#PRECISE_L1}
 */
public record NetworkFit(int index, int iterations, double trainingL1, double heldOutL1, double independentL1,
                         double trainingIndependentL1, double medianLogDistance, boolean accepted) {

    /** Held-out over training independent-part l1: about 1 for a law, larger for a fit to the sample. */
    public double generalisationRatio() {
        return independentL1 / trainingIndependentL1;
    }
}
