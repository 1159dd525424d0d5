package org.conserve.engine.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conserve.engine.independence.IndependenceAnalysis;
import org.conserve.engine.independence.IndependenceReport;
import org.conserve.engine.sampling.ExampleSystems;
import org.conserve.engine.sampling.PdeSampler;
import org.conserve.engine.sampling.PdeSamplingSettings;
import org.conserve.engine.system.PdeSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Total-derivative densities such as u u_x integrate to zero: their functional has no gradient, the
 * loss scores them as not conserved (collapse guard) and the independence analysis never counts them.
 * Exact densities (no training) go through the same chain rule and loss as the networks' do.
 */
class TrivialDensityTest {
    private static final int STATES = 6;
    private static final int POINTS = 64;

    @BeforeAll
    static void useDouble() {
        Backend.useDouble();
    }

    /** Feature gradients [n, S N, 2] of exact densities of (u, u_x), one per law. */
    private interface DensityGradient {
        void at(double u, double ux, double[] gradient);
    }

    private static INDArray featureGradients(DensityData data, List<DensityGradient> laws) {
        double[] flat = new double[laws.size() * STATES * POINTS * 2];
        double[] gradient = new double[2];
        for (int j = 0; j < laws.size(); j++) {
            for (int s = 0; s < STATES; s++) {
                for (int i = 0; i < POINTS; i++) {
                    double[] feature = data.features(s)[i];
                    laws.get(j).at(feature[0], feature[1], gradient);
                    int row = (j * STATES + s) * POINTS + i;
                    flat[2 * row] = gradient[0];
                    flat[2 * row + 1] = gradient[1];
                }
            }
        }
        return Nd4j.createFromArray(flat).reshape(laws.size(), (long) STATES * POINTS, 2);
    }

    private static double[][][] perState(INDArray stateGradients) {
        int n = (int) stateGradients.size(0);
        double[][][] result = new double[STATES][n][POINTS];
        for (int s = 0; s < STATES; s++) {
            for (int j = 0; j < n; j++) {
                for (int l = 0; l < POINTS; l++) {
                    result[s][j][l] = stateGradients.getDouble(j, s, l);
                }
            }
        }
        return result;
    }

    @Test
    void totalDerivativeScoresAsNotConservedAndIsNeverCounted() {
        PdeSystem kdv = ExampleSystems.kdv(-10, 10, POINTS);
        DensityLayout layout = DensityLayout.of(kdv);
        DensityData data = DensityData.of(layout,
                new PdeSampler().sample(kdv, new PdeSamplingSettings(STATES, 4, 1, 0.3), 5));
        // momentum u^2 (conserved), the total derivative u u_x = (u^2/2)_x, and the energy u^3 + u_x^2/2
        List<DensityGradient> laws = List.of(
                (u, ux, g) -> { g[0] = 2 * u; g[1] = 0; },
                (u, ux, g) -> { g[0] = ux; g[1] = u; },
                (u, ux, g) -> { g[0] = 3 * u * u; g[1] = ux; });
        DensityChainRule chain = new DensityChainRule(layout.grid(), layout.jet(), layout.features(), 3, STATES);
        INDArray stateGradients = Nd4j.create(DataType.DOUBLE, 3, STATES, POINTS);
        chain.stateGradients(featureGradients(data, laws), stateGradients);

        double trivialNorm = stateGradients.get(org.nd4j.linalg.indexing.NDArrayIndex.point(1)).norm2Number()
                .doubleValue();
        double momentumNorm = stateGradients.get(org.nd4j.linalg.indexing.NDArrayIndex.point(0)).norm2Number()
                .doubleValue();
        assertTrue(trivialNorm < 1e-13 * momentumNorm, "|dH/du| of u u_x: " + trivialNorm);

        ConservationLoss loss = new ConservationLoss(3, STATES, POINTS, 1e-6);
        INDArray unitRates = Nd4j.create(DataType.DOUBLE, STATES, POINTS);
        for (int s = 0; s < STATES; s++) {
            double[] rate = data.rate(s);
            double norm = Math.sqrt(java.util.Arrays.stream(rate).map(r -> r * r).sum());
            for (int l = 0; l < POINTS; l++) {
                unitRates.putScalar(s, l, rate[l] / norm);
            }
        }
        loss.setUnitRates(unitRates);
        loss.evaluate(stateGradients, 0.0, false);
        double[] l1 = loss.l1PerNetwork();
        assertTrue(l1[0] < 1e-9, "momentum l1 " + l1[0]); // only the guard term eps^2/|g|^2
        assertTrue(l1[2] < 1e-9, "energy l1 " + l1[2]);
        assertEquals(1.0, l1[1], 1e-9, "the trivial density must score as not conserved");

        IndependenceReport report = IndependenceAnalysis.defaults().analyseGradients(perState(stateGradients), POINTS);
        assertEquals(2, report.count(), report.toString());
        assertArrayEquals(new int[] {1}, report.collapsed());
    }
}
