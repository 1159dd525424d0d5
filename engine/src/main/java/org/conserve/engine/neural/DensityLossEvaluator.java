package org.conserve.engine.neural;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Loss and parameter gradient of n density networks on a fixed batch of S states of a PDE. The
 * functionals {@code H_j[u] = (1/N) sum_i h_j(F_i)} make the PDE an ODE of dimension m = F N in the
 * state, so the loss is exactly the ODE one ({@link ConservationLoss}) with f = u_t and
 * grad H = the state gradient g_j:
 * <pre>
 *   forward: the MLPs on the S N feature rows -> dh_j/dF (NetworkPass.inputGradient)
 *            -> g_j = (1/N) sum_c D_c^T dh_j/dF_c  (DensityChainRule) -> l1 + lambda l2 on (g_j, u_t)
 *   backward: dLoss/dg_j -> (chain rule transposed) dLoss/d(dh_j/dF) -> NetworkPass.backward
 * </pre>
 * A density whose functional has no gradient (a total derivative such as u u_x, whose integral is 0)
 * gives g = 0, which the loss's collapse guard scores as not conserved.
 *
 * <p>Not thread-safe.
 */
final class DensityLossEvaluator {
    private final DensityLayout layout;
    private final int states;
    private final NetworkPass pass;
    private final ConservationLoss loss;
    private final DensityChainRule chain;
    private final Parameters gradient;
    private final INDArray stateGradients;
    private final INDArray featureAdjoint;
    private final INDArray unitRates;
    private final double[] featureStage;
    private final double[] rateStage;

    DensityLossEvaluator(Architecture architecture, DensityLayout layout, int states, double eps) {
        this.layout = layout;
        this.states = states;
        int points = layout.grid().points();
        int n = architecture.networks();
        int m = layout.stateDimension();
        this.pass = new NetworkPass(architecture, states * points);
        this.loss = new ConservationLoss(n, states, m, eps);
        this.chain = new DensityChainRule(layout.grid(), layout.jet(), layout.features(), n, states);
        this.gradient = new Parameters(architecture);
        this.stateGradients = Nd4j.create(DataType.DOUBLE, n, states, m);
        this.featureAdjoint = Nd4j.create(DataType.DOUBLE, n, (long) states * points, architecture.dimension());
        this.unitRates = Nd4j.create(DataType.DOUBLE, states, m);
        this.featureStage = new double[states * points * architecture.dimension()];
        this.rateStage = new double[states * m];
    }

    int states() {
        return states;
    }

    /** Loads states {@code chosen[0..S)} of {@code data} as the current batch. */
    void load(DensityData data, int[] chosen) {
        int points = layout.grid().points();
        int c = layout.features().size();
        int m = layout.stateDimension();
        for (int s = 0; s < chosen.length; s++) {
            double[][] rows = data.features(chosen[s]);
            for (int i = 0; i < points; i++) {
                System.arraycopy(rows[i], 0, featureStage, (s * points + i) * c, c);
            }
            double[] rate = data.rate(chosen[s]);
            double norm = 0;
            for (double value : rate) {
                norm += value * value;
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < m; k++) {
                rateStage[s * m + k] = norm > 0 ? rate[k] / norm : 0.0;
            }
        }
        // fresh contiguous c-order arrays: their buffers map 1:1 to the staging arrays
        pass.input().data().setData(featureStage);
        unitRates.data().setData(rateStage);
        loss.setUnitRates(unitRates);
    }

    /** The state gradients g_j of every network at every loaded state, [n, S, m]. */
    INDArray stateGradients(Parameters theta) {
        pass.forward(theta);
        pass.inputGradient(theta);
        chain.stateGradients(pass.inputGradients(), stateGradients);
        return stateGradients;
    }

    /** Loss l1 + lambda l2 on the loaded batch; the gradient is then in {@link #gradient()}. */
    double lossAndGradient(Parameters theta, double lambda) {
        stateGradients(theta);
        double value = loss.evaluate(stateGradients, lambda, true);
        if (!Double.isFinite(value)) {
            return value;
        }
        chain.adjoint(loss.adjoint(), featureAdjoint);
        pass.backward(theta, featureAdjoint, gradient);
        return value;
    }

    /** Loss only (no backward pass). */
    double loss(Parameters theta, double lambda) {
        stateGradients(theta);
        return loss.evaluate(stateGradients, lambda, false);
    }

    Parameters gradient() {
        return gradient;
    }

    double l1() {
        return loss.l1();
    }

    double l2() {
        return loss.l2();
    }

    double[] l1PerNetwork() {
        return loss.l1PerNetwork();
    }
}
