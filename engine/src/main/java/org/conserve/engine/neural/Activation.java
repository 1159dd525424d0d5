package org.conserve.engine.neural;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.Axpy;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Smooth activations s with their first and second derivatives, computed in place on ND4J arrays.
 * The loss contains grad_z H, which contains s'; its parameter gradient therefore needs s''.
 */
public enum Activation {
    /**
     * SiLU {@code s(a) = a sigma(a)}; with {@code c = sigma (1 - sigma)}:
     * {@code s' = sigma + a c = sigma + s (1 - sigma)}, {@code s'' = c (2 + a (1 - 2 sigma)) = c (2 + a - 2 s)}
     * (8 array passes and one sigmoid).
     */
    SILU {
        @Override
        void apply(INDArray a, INDArray value, INDArray first, INDArray second, INDArray scratch) {
            Nd4j.getExecutioner().exec(new Sigmoid(a, scratch));
            a.mul(scratch, value);
            scratch.rsub(1.0, first);
            scratch.mul(first, second);
            first.muli(value).addi(scratch);
            Nd4j.getExecutioner().exec(new Axpy(value, a, scratch, -2.0));
            scratch.addi(2.0);
            second.muli(scratch);
        }
    },
    /** {@code s = tanh a}, {@code s' = 1 - s^2}, {@code s'' = -2 s s'}. */
    TANH {
        @Override
        void apply(INDArray a, INDArray value, INDArray first, INDArray second, INDArray scratch) {
            Nd4j.getExecutioner().exec(new Tanh(a, value));
            value.muli(value, first);
            first.rsubi(1.0);
            value.muli(first, second);
            second.muli(-2.0);
        }
    };

    /**
     * Writes s(a), s'(a), s''(a) into the three outputs; all arrays have a's shape and
     * {@code scratch} is clobbered. {@code a} is not modified.
     */
    abstract void apply(INDArray a, INDArray value, INDArray first, INDArray second, INDArray scratch);

    /** Plain-Java s, s', s'' of one number (for evaluation oracles and tests). */
    public double[] derivatives(double a) {
        if (this == TANH) {
            double t = Math.tanh(a);
            return new double[] {t, 1 - t * t, -2 * t * (1 - t * t)};
        }
        double sigma = 1 / (1 + Math.exp(-a));
        double c = sigma * (1 - sigma);
        return new double[] {a * sigma, sigma + a * c, c * (2 + a * (1 - 2 * sigma))};
    }
}
