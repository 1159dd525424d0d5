package org.conserve.engine.neural;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Loss and parameter gradient of a model's n networks on a fixed batch of points: forward pass, input
 * gradient, {@link ConservationLoss}, hand-derived backward pass. Rates are normalised here
 * (f^ = f/|f|); points where f = 0 carry no information and get f^ = 0. Points and rates are loaded
 * in the model's coordinate order; the loss is invariant under a permutation of coordinates.
 *
 * <p>Not thread-safe.
 */
final class LossEvaluator {
    private final ModelStructure structure;
    private final int d;
    private final ModelPass pass;
    private final ConservationLoss loss;
    private final ModelParameters gradient;
    private final INDArray unitRates;
    private final double[] pointStage;
    private final double[] rateStage;

    /** An evaluator of plain MLPs. */
    LossEvaluator(Architecture architecture, int batch, double eps) {
        this(ModelStructure.plain(architecture), batch, eps);
    }

    LossEvaluator(ModelStructure structure, int batch, double eps) {
        this.structure = structure;
        this.d = structure.architecture().dimension();
        this.pass = structure.pass(batch);
        this.loss = new ConservationLoss(structure.architecture().networks(), batch, d, eps);
        this.gradient = new ModelParameters(structure);
        this.unitRates = Nd4j.create(DataType.DOUBLE, batch, d);
        this.pointStage = new double[batch * d];
        this.rateStage = new double[batch * d];
    }

    int batch() {
        return pass.batch();
    }

    /** Loads rows {@code rows[0..B)} of the samples as the current batch (B = {@link #batch()}). */
    void load(double[][] points, double[][] rates, int[] rows) {
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
                int variable = structure.variable(k);
                z[r * d + k] = points[rows[r]][variable];
                f[r * d + k] = norm > 0 ? rate[variable] / norm : 0.0;
            }
        }
        pass.setInput(z);
        // a fresh, contiguous c-order [B, d] array: its buffer maps 1:1 to the staging array
        unitRates.data().setData(f);
        loss.setUnitRates(unitRates);
    }

    /** Loss l1 + lambda l2 on the loaded batch; the gradient is then in {@link #gradient()}. */
    double lossAndGradient(ModelParameters theta, double lambda) {
        pass.forward(theta);
        pass.inputGradient(theta);
        double value = loss.evaluate(pass.inputGradients(), lambda, true);
        if (!Double.isFinite(value)) {
            return value;
        }
        pass.backward(theta, loss.adjoint(), gradient);
        return value;
    }

    /** {@link #lossAndGradient(ModelParameters, double)} of a plain model. */
    double lossAndGradient(Parameters theta, double lambda) {
        return lossAndGradient(ModelParameters.of(theta), lambda);
    }

    /** Loss only (no backward pass). */
    double loss(ModelParameters theta, double lambda) {
        pass.forward(theta);
        pass.inputGradient(theta);
        return loss.evaluate(pass.inputGradients(), lambda, false);
    }

    /** {@link #loss(ModelParameters, double)} of a plain model. */
    double loss(Parameters theta, double lambda) {
        return loss(ModelParameters.of(theta), lambda);
    }

    ModelParameters gradient() {
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

    ModelPass model() {
        return pass;
    }

    /** The network pass of a plain model. */
    NetworkPass pass() {
        return ((PlainPass) pass).network();
    }
}
