package org.conserve.engine.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Exact oracles for the hand-written second-order derivatives of {@link SmoothNetwork} and {@link BarrierObjective}. */
class BarrierObjectiveTest {

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
    void parameterGradientOfTheBarrierObjectiveMatchesCentralDifferences() {
        for (Activation activation : Activation.values()) {
            int d = 4;
            SmoothNetwork network = new SmoothNetwork(d, 6, 2, activation);
            int n = 3;
            double[][] points = new double[7][];
            double[][] rates = new double[7][];
            for (int p = 0; p < points.length; p++) {
                points[p] = randomVector(d, 1.5, 10 + p);
                rates[p] = randomVector(d, 2.0, 100 + p);
            }
            BarrierObjective objective = new BarrierObjective(network, d, points, rates, 1e-3);
            double[] theta = randomVector(n * network.parameterCount(), 0.7, 2);
            double w = 0.3;
            double[] gradient = new double[theta.length];
            double value = objective.evaluate(theta, n, w, gradient);
            assertTrue(Double.isFinite(value));
            for (int k = 0; k < theta.length; k++) {
                double h = 1e-6;
                double[] up = theta.clone();
                double[] down = theta.clone();
                up[k] += h;
                down[k] -= h;
                double difference = (objective.evaluate(up, n, w, null) - objective.evaluate(down, n, w, null)) / (2 * h);
                assertEquals(difference, gradient[k], 1e-7 * Math.max(1, Math.abs(difference)),
                        activation + " parameter " + k);
            }
        }
    }

    @Test
    void barrierIsZeroForOrthonormalGradientsAndInfiniteForDependentOnes() {
        // H_i(z) = w_i . z through a depth-1 tanh network near the origin is not exactly linear, so test the
        // Gram determinant directly with networks that are copies of each other: dependent by construction
        int d = 3;
        SmoothNetwork network = new SmoothNetwork(d, 4, 1, Activation.TANH);
        double[][] points = {{0.1, 0.2, 0.3}, {-0.4, 0.5, 0.1}};
        double[][] rates = {{1, 0, 0}, {0, 1, 0}};
        BarrierObjective objective = new BarrierObjective(network, d, points, rates, 1e-9);
        double[] one = randomVector(network.parameterCount(), 1, 5);
        double[] twin = new double[2 * one.length];
        System.arraycopy(one, 0, twin, 0, one.length);
        System.arraycopy(one, 0, twin, one.length, one.length);
        assertEquals(Double.POSITIVE_INFINITY, objective.evaluate(twin, 2, 0.1, null));
    }
}
