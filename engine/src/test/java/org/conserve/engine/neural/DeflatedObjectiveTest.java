package org.conserve.engine.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Exact oracles for the hand-written second-order derivatives of {@link SmoothNetwork} and {@link DeflatedObjective}. */
class DeflatedObjectiveTest {

    private static double[] randomVector(int size, double scale, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[size];
        for (int k = 0; k < size; k++) {
            values[k] = scale * (2 * random.nextDouble() - 1);
        }
        return values;
    }

    @Test
    void inputGradientMatchesCentralDifferencesOfTheNetwork() {
        for (Activation activation : Activation.values()) {
            SmoothNetwork network = new SmoothNetwork(3, 5, 3, activation);
            double[] theta = randomVector(network.parameterCount(), 0.8, 1);
            double[] z = {0.3, -0.7, 0.5};
            double[] gradient = new double[3];
            network.forward(theta, 0, z);
            network.inputGradient(theta, 0, gradient);
            for (int k = 0; k < 3; k++) {
                double h = 1e-6;
                double[] up = z.clone();
                double[] down = z.clone();
                up[k] += h;
                down[k] -= h;
                double difference = (network.forward(theta, 0, up) - network.forward(theta, 0, down)) / (2 * h);
                assertEquals(difference, gradient[k], 1e-8, activation + " component " + k);
            }
        }
    }

    @Test
    void parameterGradientOfTheDeflatedObjectiveMatchesCentralDifferences() {
        int d = 4;
        SmoothNetwork network = new SmoothNetwork(d, 6, 2, Activation.TANH);
        int count = 5;
        double[][] points = new double[count][];
        double[][] rates = new double[count][];
        double[][][] basis = new double[count][2][];
        for (int p = 0; p < count; p++) {
            points[p] = randomVector(d, 1.5, 10 + p);
            rates[p] = randomVector(d, 2.0, 100 + p);
            double[] a = randomVector(d, 1, 200 + p);
            double[] b = randomVector(d, 1, 300 + p);
            double na = Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2] + a[3] * a[3]);
            for (int k = 0; k < d; k++) {
                a[k] /= na;
            }
            double dot = 0;
            for (int k = 0; k < d; k++) {
                dot += a[k] * b[k];
            }
            double nb = 0;
            for (int k = 0; k < d; k++) {
                b[k] -= dot * a[k];
                nb += b[k] * b[k];
            }
            for (int k = 0; k < d; k++) {
                b[k] /= Math.sqrt(nb);
            }
            basis[p][0] = a;
            basis[p][1] = b;
        }
        DeflatedObjective objective = new DeflatedObjective(network, d, points,
                PrecisionTrainer.unitRates(rates), basis, 1e-3);
        double[] theta = randomVector(network.parameterCount(), 0.7, 2);
        double[] gradient = new double[theta.length];
        objective.evaluate(theta, 0, gradient);
        for (int k = 0; k < theta.length; k++) {
            double h = 1e-6;
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[k] += h;
            down[k] -= h;
            double difference = (objective.evaluate(up, 0, null) - objective.evaluate(down, 0, null)) / (2 * h);
            assertEquals(difference, gradient[k], 1e-7 * Math.max(1, Math.abs(difference)), "parameter " + k);
        }
    }
}
