package org.conserve.engine.neural;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Loss and parameter gradient of the n networks on a fixed batch of points: forward pass, input
 * gradient, {@link ConservationLoss}, hand-derived backward pass. Rates are normalised here
 * (f^ = f/|f|); points where f = 0 carry no information and get f^ = 0.
 *
 * <p>Not thread-safe.
 */
final class LossEvaluator {
    private final Architecture architecture;
    private final NetworkPass pass;
    private final ConservationLoss loss;
    private final Parameters gradient;
    private final INDArray unitRates;
    private final double[] pointStage;
    private final double[] rateStage;

    LossEvaluator(Architecture architecture, int batch, double eps) {
        this.architecture = architecture;
        this.pass = new NetworkPass(architecture, batch);
        this.loss = new ConservationLoss(architecture.networks(), batch, architecture.dimension(), eps);
        this.gradient = new Parameters(architecture);
        this.unitRates = Nd4j.create(DataType.DOUBLE, batch, architecture.dimension());
        this.pointStage = new double[batch * architecture.dimension()];
        this.rateStage = new double[batch * architecture.dimension()];
    }

    int batch() {
        return pass.batch();
    }

    /** Loads rows {@code rows[0..B)} of the samples as the current batch (B = {@link #batch()}). */
    void load(double[][] points, double[][] rates, int[] rows) {
        int d = architecture.dimension();
        double[] z = pointStage;
        double[] f = rateStage;
        for (int r = 0; r < rows.length; r++) {
            double[] rate = rates[rows[r]];
            double norm = 0;
            for (int k = 0; k < d; k++) {
                norm += rate[k] * rate[k];
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < d; k++) {
                z[r * d + k] = points[rows[r]][k];
                f[r * d + k] = norm > 0 ? rate[k] / norm : 0.0;
            }
        }
        // both are fresh, contiguous c-order [B, d] arrays: their buffers map 1:1 to the staging arrays
        pass.input().data().setData(z);
        unitRates.data().setData(f);
        loss.setUnitRates(unitRates);
    }

    /** Loss l1 + lambda l2 on the loaded batch; the gradient is then in {@link #gradient()}. */
    double lossAndGradient(Parameters theta, double lambda) {
        pass.forward(theta);
        pass.inputGradient(theta);
        double value = loss.evaluate(pass.inputGradients(), lambda, true);
        if (!Double.isFinite(value)) {
            return value;
        }
        pass.backward(theta, loss.adjoint(), gradient);
        return value;
    }

    /** Loss only (no backward pass). */
    double loss(Parameters theta, double lambda) {
        pass.forward(theta);
        pass.inputGradient(theta);
        return loss.evaluate(pass.inputGradients(), lambda, false);
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

    NetworkPass pass() {
        return pass;
    }
}
