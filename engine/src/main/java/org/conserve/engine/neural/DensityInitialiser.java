package org.conserve.engine.neural;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Initial parameters of a density network, the scheme of {@link ConservationTrainer}: weights
 * N(0, 1/fan_in), hidden biases N(0, 0.1^2), output bias 0. Draws in a fixed order from the given
 * generator, so a seed fixes them. Stateless.
 */
final class DensityInitialiser {
    private DensityInitialiser() {
    }

    static void initialise(Parameters theta, Architecture architecture, int i, SplittableRandom random) {
        for (int layer = 0; layer < architecture.depth(); layer++) {
            fill(theta.weights(layer, i), random, 1 / Math.sqrt(architecture.inputsOf(layer)));
            fill(theta.biases(layer).getRow(i), random, 0.1);
        }
        fill(theta.outputWeights().getRow(i), random, 1 / Math.sqrt(architecture.width()));
        theta.outputBiases().putScalar(i, 0.0);
    }

    private static void fill(INDArray target, SplittableRandom random, double scale) {
        double[] values = new double[(int) target.length()];
        for (int k = 0; k < values.length; k++) {
            double u = 1.0 - random.nextDouble();
            double v = random.nextDouble();
            values[k] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v) * scale;
        }
        target.assign(Nd4j.createFromArray(values).reshape(target.shape()));
    }
}
