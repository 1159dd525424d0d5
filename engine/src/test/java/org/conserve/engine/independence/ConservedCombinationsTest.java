package org.conserve.engine.independence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.conserve.engine.EngineException;
import org.junit.jupiter.api.Test;

/**
 * Unmixing on exact gradients of the 2D isotropic oscillator, z = (x, y, px, py), f = (px, py, -x, -y):
 * E = (x^2 + y^2 + px^2 + py^2)/2 and L = x py - y px are conserved, the coordinate x is not.
 */
class ConservedCombinationsTest {
    private static final int POINTS = 200;
    private static final double TOLERANCE = 1e-7;

    private static double[][] points() {
        SplittableRandom random = new SplittableRandom(5);
        double[][] points = new double[POINTS][4];
        for (double[] z : points) {
            for (int k = 0; k < 4; k++) {
                z[k] = random.nextDouble(-1, 1);
            }
        }
        return points;
    }

    private static double[][] rates(double[][] points) {
        double[][] rates = new double[points.length][];
        for (int p = 0; p < points.length; p++) {
            double[] z = points[p];
            rates[p] = new double[] {z[2], z[3], -z[0], -z[1]};
        }
        return rates;
    }

    private static double[] energy(double[] z) {
        return z.clone();
    }

    private static double[] angularMomentum(double[] z) {
        return new double[] {z[3], -z[2], -z[1], z[0]};
    }

    private static double[] coordinateX(double[] z) {
        return new double[] {1, 0, 0, 0};
    }

    /** Gradients [p][i][k] of the functions sum_j weights[i][j] * (E, L, x)_j. */
    private static double[][][] gradients(double[][] points, double[][] weights) {
        double[][][] gradients = new double[points.length][weights.length][4];
        for (int p = 0; p < points.length; p++) {
            double[][] basis = {energy(points[p]), angularMomentum(points[p]), coordinateX(points[p])};
            for (int i = 0; i < weights.length; i++) {
                for (int j = 0; j < basis.length; j++) {
                    for (int k = 0; k < 4; k++) {
                        gradients[p][i][k] += weights[i][j] * basis[j][k];
                    }
                }
            }
        }
        return gradients;
    }

    @Test
    void unmixesTwoNetworksOnNearlyTheSameLawAndDropsANonConservedDifference() {
        double[][] points = points();
        // H1 = E, H2 = E + 1e-4 L (the second law hides under the first), H3 = E + 1e-4 x (not conserved)
        double[][][] gradients = gradients(points, new double[][] {{1, 0, 0}, {1, 1e-4, 0}, {1, 0, 1e-4}});
        IndependenceReport mixed = IndependenceAnalysis.defaults().analyseGradients(
                java.util.Arrays.stream(gradients).map(g -> new double[][] {g[0], g[1]}).toArray(double[][][]::new), 4);
        assertEquals(1, mixed.count(), "mixed, the second law's ratio is below the gap floor: " + mixed);

        ConservedCombinations combinations = ConservedCombinations.find(gradients, rates(points), TOLERANCE);
        assertEquals(2, combinations.count(), java.util.Arrays.toString(combinations.losses()));
        for (double loss : combinations.losses()) {
            assertTrue(loss < 1e-20, "an exact law's combination is conserved to rounding: " + loss);
        }
        IndependenceReport unmixed = IndependenceAnalysis.defaults().analyseGradients(combinations.gradients(), 4);
        assertEquals(2, unmixed.count(), unmixed.toString());
        assertTrue(unmixed.explainedRatios()[1] > 0.1, "balanced after unmixing: " + unmixed);
    }

    @Test
    void dropsADuplicateAndAFunctionThatIsNotConserved() {
        double[][] points = points();
        double[][][] gradients = gradients(points, new double[][] {{1, 0, 0}, {2, 0, 0}, {0, 0, 1}});
        ConservedCombinations combinations = ConservedCombinations.find(gradients, rates(points), TOLERANCE);
        assertEquals(1, combinations.count(), java.util.Arrays.toString(combinations.losses()));
        double[] weights = combinations.combinations()[0];
        assertTrue(Math.abs(weights[2]) < 1e-12 * Math.abs(weights[0] + 2 * weights[1]),
                "the combination leaves x out: " + java.util.Arrays.toString(weights));
    }

    @Test
    void findsNothingConservedAmongNonConservedFunctionsAndRejectsMismatchedShapes() {
        double[][] points = points();
        double[][][] gradients = gradients(points, new double[][] {{0, 0, 1}});
        assertEquals(0, ConservedCombinations.find(gradients, rates(points), TOLERANCE).count());
        assertThrows(EngineException.class, () -> ConservedCombinations.find(gradients, new double[3][4], TOLERANCE));
    }
}
