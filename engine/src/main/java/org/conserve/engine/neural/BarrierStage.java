package org.conserve.engine.neural;

/**
 * One stage of the barrier path: a set of n networks after dense BFGS at barrier weight w.
 *
 * @param networks       n, the size of the set
 * @param weight         w (0 for the first network alone)
 * @param iterations     BFGS iterations this stage took
 * @param trainingL1     each network's conservation loss l1 on the training points
 * @param heldOutL1      each network's l1 on the held-out points
 * @param independentL1  each network's held-out l1 of the part of its gradient independent of the others
 *                       (see {@code BarrierObjective.independentL1})
 * @param medianLogDet   the median over held-out points of log det G (G the Gram matrix of the unit
 *                       gradients; 0 for orthonormal gradients, towards minus infinity as they become dependent)
 * @param objective      the objective l1 + w b on the training points
 */
public record BarrierStage(int networks, double weight, int iterations, double[] trainingL1, double[] heldOutL1,
                           double[] independentL1, double medianLogDet, double objective) {

    public BarrierStage {
        trainingL1 = trainingL1.clone();
        heldOutL1 = heldOutL1.clone();
        independentL1 = independentL1.clone();
    }

    @Override
    public double[] independentL1() {
        return independentL1.clone();
    }

    /** The largest independent-part l1 of the set. */
    public double worstIndependentL1() {
        double worst = 0;
        for (double value : independentL1) {
            worst = Math.max(worst, value);
        }
        return worst;
    }

    @Override
    public double[] trainingL1() {
        return trainingL1.clone();
    }

    @Override
    public double[] heldOutL1() {
        return heldOutL1.clone();
    }

    /** The largest held-out l1 of the set. */
    public double worstHeldOutL1() {
        double worst = 0;
        for (double value : heldOutL1) {
            worst = Math.max(worst, value);
        }
        return worst;
    }
}
