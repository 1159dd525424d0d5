package org.conserve.engine.neural;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.floating.Sqrt;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Adam (Kingma and Ba, 2015) on a flat ND4J parameter vector with preallocated moment buffers:
 * {@code m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2;
 * theta -= rate * (m/(1-b1^t)) / (sqrt(v/(1-b2^t)) + eps)}. Not thread-safe.
 */
final class Adam {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-10;
    private final INDArray mean;
    private final INDArray variance;
    private final INDArray work;
    private final INDArray denominator;
    private int step;

    Adam(long parameterCount) {
        mean = Nd4j.zeros(DataType.DOUBLE, parameterCount);
        variance = Nd4j.zeros(DataType.DOUBLE, parameterCount);
        work = Nd4j.zeros(DataType.DOUBLE, parameterCount);
        denominator = Nd4j.zeros(DataType.DOUBLE, parameterCount);
    }

    /** One update of {@code theta} in place along {@code gradient} with learning rate {@code rate}. */
    void update(INDArray theta, INDArray gradient, double rate) {
        step++;
        mean.muli(BETA1).addi(gradient.mul(1 - BETA1, work));
        gradient.mul(gradient, work).muli(1 - BETA2);
        variance.muli(BETA2).addi(work);
        double meanCorrection = 1 - Math.pow(BETA1, step);
        double varianceCorrection = 1 - Math.pow(BETA2, step);
        variance.mul(1 / varianceCorrection, denominator);
        Nd4j.getExecutioner().exec(new Sqrt(denominator, denominator));
        denominator.addi(EPSILON);
        mean.div(denominator, work).muli(rate / meanCorrection);
        theta.subi(work);
    }
}
