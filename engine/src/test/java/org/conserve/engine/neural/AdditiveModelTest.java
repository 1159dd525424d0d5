package org.conserve.engine.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The additive model (bodies and radial biases) against plain-Java oracles and finite differences. */
class AdditiveModelTest {
    private static final int N = 3;
    private static final int BATCH = 6;
    /** Three planar bodies with the variables interleaved as in the system files: x1 y1 x2 y2 x3 y3 p1 p2 p3. */
    private static final InductiveBias BODIES = new InductiveBias.Bodies(
            List.of(List.of(0, 1, 6), List.of(2, 3, 7), List.of(4, 5, 8)), 2);
    private static final InductiveBias RADIAL = new InductiveBias.Radial(List.of(0, 1));

    @BeforeAll
    static void useDouble() {
        Backend.useDouble();
    }

    private static TrainedModel randomModel(InductiveBias bias, int d, long seed) {
        Architecture architecture = new Architecture(d, N, 5, 2, Activation.SILU);
        int count = ModelStructure.of(architecture, bias).parameterCount();
        Random random = new Random(seed);
        double[] parameters = new double[count];
        for (int k = 0; k < count; k++) {
            parameters[k] = random.nextGaussian() * 0.6;
        }
        return new TrainedModel(architecture, bias, parameters, TrainingConfig.defaults(), "nd4j-native", "", 0, 0,
                new double[N], false, TrainingStage.LBFGS, 0, 0, 0, 0);
    }

    private static double[][] points(int d, long seed) {
        Random random = new Random(seed);
        double[][] points = new double[BATCH][d];
        for (double[] point : points) {
            for (int k = 0; k < d; k++) {
                point[k] = 2 * random.nextGaussian();
            }
        }
        return points;
    }

    @Test
    void bodyValuesAreSharedBodyNetworksPlusSharedPairNetworks() {
        TrainedModel model = randomModel(BODIES, 9, 1);
        ModelStructure structure = ModelStructure.of(model.architecture(), BODIES);
        ModelParameters theta = new ModelParameters(structure, Nd4j.createFromArray(model.parameters()));
        Architecture[] parts = structure.parts();
        double[][] points = points(9, 2);
        double[][] values = model.values(points);
        int[][] bodies = {{0, 1, 6}, {2, 3, 7}, {4, 5, 8}};
        for (int p = 0; p < BATCH; p++) {
            double[] z = points[p];
            for (int i = 0; i < N; i++) {
                double expected = 0;
                for (int[] body : bodies) {
                    expected += GradientCheckTest.plainValue(theta.part(0), parts[0], i,
                            new double[] {z[body[0]], z[body[1]], z[body[2]]});
                }
                for (int a = 0; a < 3; a++) {
                    for (int b = a + 1; b < 3; b++) {
                        double r = Math.hypot(z[bodies[a][0]] - z[bodies[b][0]], z[bodies[a][1]] - z[bodies[b][1]]);
                        expected += GradientCheckTest.plainValue(theta.part(1), parts[1], i, new double[] {r});
                    }
                }
                assertEquals(expected, values[i][p], 1e-12, "network " + i + " point " + p);
            }
        }
    }

    @Test
    void radialValuesAreAFullNetworkPlusADistanceNetwork() {
        TrainedModel model = randomModel(RADIAL, 4, 3);
        ModelStructure structure = ModelStructure.of(model.architecture(), RADIAL);
        ModelParameters theta = new ModelParameters(structure, Nd4j.createFromArray(model.parameters()));
        Architecture[] parts = structure.parts();
        double[][] points = points(4, 4);
        double[][] values = model.values(points);
        for (int p = 0; p < BATCH; p++) {
            for (int i = 0; i < N; i++) {
                double expected = GradientCheckTest.plainValue(theta.part(0), parts[0], i, points[p])
                        + GradientCheckTest.plainValue(theta.part(1), parts[1], i,
                                new double[] {Math.hypot(points[p][0], points[p][1])});
                assertEquals(expected, values[i][p], 1e-12);
            }
        }
    }

    @Test
    void bodyGradientsInSystemOrderMatchFiniteDifferences() {
        assertGradientsMatchFiniteDifferences(randomModel(BODIES, 9, 5), 9);
    }

    @Test
    void radialGradientsMatchFiniteDifferences() {
        assertGradientsMatchFiniteDifferences(randomModel(RADIAL, 4, 6), 4);
    }

    private static void assertGradientsMatchFiniteDifferences(TrainedModel model, int d) {
        double[][] points = points(d, 7);
        double[][][] gradients = new double[BATCH][N][d];
        model.gradients(points, gradients);
        double h = 1e-5;
        for (int p = 0; p < BATCH; p++) {
            for (int k = 0; k < d; k++) {
                double[][] shifted = {points[p].clone(), points[p].clone(), points[p].clone(), points[p].clone()};
                shifted[0][k] += h;
                shifted[1][k] -= h;
                shifted[2][k] += 2 * h;
                shifted[3][k] -= 2 * h;
                double[][] values = model.values(shifted);
                for (int i = 0; i < N; i++) {
                    double numeric = (8 * (values[i][0] - values[i][1]) - (values[i][2] - values[i][3])) / (12 * h);
                    assertEquals(numeric, gradients[p][i][k], 1e-8 * Math.max(1, Math.abs(numeric)),
                            "network " + i + " point " + p + " d/dz" + k);
                }
            }
        }
    }

    @Test
    void bodyLossGradientMatchesFiniteDifferences() {
        assertLossGradientMatchesFiniteDifferences(BODIES, 9);
    }

    @Test
    void radialLossGradientMatchesFiniteDifferences() {
        assertLossGradientMatchesFiniteDifferences(RADIAL, 4);
    }

    private static void assertLossGradientMatchesFiniteDifferences(InductiveBias bias, int d) {
        TrainedModel model = randomModel(bias, d, 11);
        ModelStructure structure = ModelStructure.of(model.architecture(), bias);
        ModelParameters theta = new ModelParameters(structure, Nd4j.createFromArray(model.parameters()));
        LossEvaluator evaluator = new LossEvaluator(structure, BATCH, 1e-3);
        double[][] rates = points(d, 12);
        evaluator.load(points(d, 13), rates, java.util.stream.IntStream.range(0, BATCH).toArray());
        double lambda = 0.4;
        double loss = evaluator.lossAndGradient(theta, lambda);
        assertTrue(loss > 0 && Double.isFinite(loss));
        double[] analytic = evaluator.gradient().flat().toDoubleVector();
        INDArray flat = theta.flat();
        double worst = 0;
        for (int k = 0; k < flat.length(); k++) {
            double value = flat.getDouble(k);
            int index = k;
            java.util.function.DoubleUnaryOperator f = x -> {
                flat.putScalar(index, x);
                return evaluator.loss(theta, lambda);
            };
            double h = 1e-4;
            double numeric = (8 * (f.applyAsDouble(value + h) - f.applyAsDouble(value - h))
                    - (f.applyAsDouble(value + 2 * h) - f.applyAsDouble(value - 2 * h))) / (12 * h);
            flat.putScalar(k, value);
            worst = Math.max(worst, Math.abs(numeric - analytic[k]) / Math.max(1e-3, Math.abs(numeric)));
        }
        assertTrue(worst < 1e-7, bias.name() + ": worst relative error " + worst);
    }

    @Test
    void partsAreViewsIntoTheFlatVector() {
        ModelStructure structure = ModelStructure.of(new Architecture(9, N, 5, 2, Activation.SILU), BODIES);
        ModelParameters theta = new ModelParameters(structure);
        theta.part(1).outputBiases().putScalar(2, 7.0);
        theta.part(0).weights(0, 1).putScalar(0, 0, 5.0);
        assertEquals(7.0, theta.flat().getDouble(structure.parameterCount() - 1));
        assertEquals(5.0, theta.flat().getDouble(3 * 5));
        assertEquals(structure.parts()[0].parameterCount() + structure.parts()[1].parameterCount(),
                structure.parameterCount());
    }

    @Test
    void refusesBiasesThatDoNotFitTheSystem() {
        Architecture nine = new Architecture(9, N, 5, 2, Activation.SILU);
        assertInvalid(() -> ModelStructure.of(new Architecture(10, N, 5, 2, Activation.SILU), BODIES), "every variable");
        assertInvalid(() -> ModelStructure.of(nine, new InductiveBias.Bodies(
                List.of(List.of(0, 1, 6), List.of(2, 3, 6), List.of(4, 5, 8)), 2)), "two bodies");
        assertInvalid(() -> new InductiveBias.Bodies(List.of(List.of(0, 1), List.of(2)), 1), "same number");
        assertInvalid(() -> new InductiveBias.Bodies(List.of(List.of(0, 1), List.of(2, 3)), 3), "positions");
        assertInvalid(() -> ModelStructure.of(new Architecture(1, N, 5, 2, Activation.SILU), RADIAL), "outside");
        assertInvalid(() -> new InductiveBias.Radial(List.of(0, 0)), "distinct");
    }

    private static void assertInvalid(org.junit.jupiter.api.function.Executable action, String part) {
        EngineException failure = assertThrows(EngineException.class, action);
        assertEquals(EngineError.INVALID_ARGUMENT, failure.key());
        assertTrue(failure.getMessage().contains(part), failure.getMessage());
    }
}
