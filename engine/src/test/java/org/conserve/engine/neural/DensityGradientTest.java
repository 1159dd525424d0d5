package org.conserve.engine.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import org.conserve.engine.sampling.ExampleSystems;
import org.conserve.engine.sampling.PdeSampler;
import org.conserve.engine.sampling.PdeSamplingSettings;
import org.conserve.engine.spectral.SpectralDerivatives;
import org.conserve.engine.system.Jet;
import org.conserve.engine.system.PdeSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The chain rule from densities to functionals, and the whole parameter gradient, against finite differences. */
class DensityGradientTest {
    private static final int POINTS = 16;
    private static final int STATES = 3;

    @BeforeAll
    static void useDouble() {
        Backend.useDouble();
    }

    private static DensityData sample(PdeSystem system, long seed) {
        return DensityData.of(DensityLayout.of(system),
                new PdeSampler().sample(system, new PdeSamplingSettings(STATES, 3, 1, 0.2), seed));
    }

    private static Parameters randomParameters(Architecture architecture, long seed) {
        Parameters theta = new Parameters(architecture);
        Random random = new Random(seed);
        INDArray flat = theta.flat();
        for (int k = 0; k < flat.length(); k++) {
            flat.putScalar(k, random.nextGaussian() * 0.6);
        }
        return theta;
    }

    /** H_j[u] = (1/N) sum_i h_j(features of u at x_i), evaluated from the state u itself. */
    private static double functional(NetworkPass pass, Parameters theta, DensityLayout layout, double[][] state,
                                     int network) {
        Jet jet = layout.jet();
        int points = layout.grid().points();
        SpectralDerivatives spectral = new SpectralDerivatives(layout.grid());
        double[][][] derivatives = new double[state.length][jet.maxOrder() + 1][points];
        for (int f = 0; f < state.length; f++) {
            spectral.derivatives(state[f], jet.maxOrder(), derivatives[f]);
        }
        INDArray input = pass.input();
        for (int i = 0; i < points; i++) {
            for (int c = 0; c < layout.featureCount(); c++) {
                int index = layout.features().get(c);
                input.putScalar(i, c, derivatives[index / (jet.maxOrder() + 1)][index % (jet.maxOrder() + 1)][i]);
            }
        }
        pass.forward(theta);
        INDArray values = pass.values(theta);
        double sum = 0;
        for (int i = 0; i < points; i++) {
            sum += values.getDouble(network, i, 0);
        }
        return sum / points;
    }

    private static void checkStateGradients(PdeSystem system) {
        DensityLayout layout = DensityLayout.of(system);
        DensityData data = sample(system, 4);
        Architecture architecture = new Architecture(layout.featureCount(), 2, 5, 2, Activation.SILU);
        Parameters theta = randomParameters(architecture, 8);
        DensityLossEvaluator evaluator = new DensityLossEvaluator(architecture, layout, STATES, 1e-6);
        evaluator.load(data, IntStream.range(0, STATES).toArray());
        INDArray gradients = evaluator.stateGradients(theta).dup();
        NetworkPass single = new NetworkPass(architecture, POINTS);
        int fields = layout.jet().fields().size();
        double worst = 0;
        double h = 1e-4;
        for (int s = 0; s < STATES; s++) {
            double[][] state = new double[fields][POINTS];
            for (int f = 0; f < fields; f++) {
                for (int i = 0; i < POINTS; i++) {
                    state[f][i] = stateValue(data, layout, s, f, i);
                }
            }
            for (int network = 0; network < 2; network++) {
                for (int f = 0; f < fields; f++) {
                    for (int l = 0; l < POINTS; l++) {
                        double saved = state[f][l];
                        state[f][l] = saved + h;
                        double plus = functional(single, theta, layout, state, network);
                        state[f][l] = saved - h;
                        double minus = functional(single, theta, layout, state, network);
                        state[f][l] = saved;
                        double numeric = (plus - minus) / (2 * h);
                        double exact = gradients.getDouble(network, s, (long) f * POINTS + l);
                        worst = Math.max(worst, Math.abs(numeric - exact));
                    }
                }
            }
        }
        assertTrue(worst < 1e-9, "worst absolute error of dH/du " + worst);
    }

    /** Field f of state s at x_i, read back from the features (u itself is always feature 0 of field 0 here). */
    private static double stateValue(DensityData data, DensityLayout layout, int s, int f, int i) {
        int order0 = f * (layout.jet().maxOrder() + 1);
        int c = layout.features().indexOf(order0);
        return data.features(s)[i][c];
    }

    @Test
    void stateGradientOfKdvDensityMatchesFiniteDifferencesOfTheFunctional() {
        checkStateGradients(ExampleSystems.kdv(-5, 5, POINTS));
    }

    @Test
    void stateGradientOfTwoFieldNlsDensityMatchesFiniteDifferencesOfTheFunctional() {
        checkStateGradients(ExampleSystems.nls(-1, -5, 5, POINTS));
    }

    @Test
    void parameterGradientOfTheLossMatchesFiniteDifferences() {
        PdeSystem system = ExampleSystems.nls(-1, -5, 5, POINTS);
        DensityLayout layout = DensityLayout.of(system);
        DensityData data = sample(system, 7);
        Architecture architecture = new Architecture(layout.featureCount(), 3, 4, 2, Activation.SILU);
        Parameters theta = randomParameters(architecture, 3);
        DensityLossEvaluator evaluator = new DensityLossEvaluator(architecture, layout, STATES, 1e-3);
        evaluator.load(data, IntStream.range(0, STATES).toArray());
        double lambda = 0.3;
        evaluator.lossAndGradient(theta, lambda);
        INDArray analytic = evaluator.gradient().flat().dup();
        INDArray flat = theta.flat();
        double worst = 0;
        double h = 1e-4;
        for (int k = 0; k < flat.length(); k++) {
            double value = flat.getDouble(k);
            flat.putScalar(k, value + h);
            double near = evaluator.loss(theta, lambda);
            flat.putScalar(k, value - h);
            near -= evaluator.loss(theta, lambda);
            flat.putScalar(k, value + 2 * h);
            double far = evaluator.loss(theta, lambda);
            flat.putScalar(k, value - 2 * h);
            far -= evaluator.loss(theta, lambda);
            flat.putScalar(k, value);
            double numeric = (8 * near - far) / (12 * h);
            worst = Math.max(worst, Math.abs(numeric - analytic.getDouble(k)) / Math.max(1e-3, Math.abs(numeric)));
        }
        assertTrue(worst < 1e-7, "worst relative error " + worst);
    }

    @Test
    void oddDerivativeMatrixIsExactlyAntisymmetricAndEvenSymmetric() {
        PdeSystem system = ExampleSystems.kdv(-5, 5, POINTS);
        for (int order = 1; order <= 3; order++) {
            INDArray d = DensityChainRule.derivativeMatrix(system.grid(), order);
            double sign = order % 2 == 0 ? 1 : -1;
            double scale = d.norm2Number().doubleValue();
            double asymmetry = d.sub(d.transpose().mul(sign)).norm2Number().doubleValue();
            assertEquals(0, asymmetry / scale, 1e-14, "order " + order);
        }
    }
}
