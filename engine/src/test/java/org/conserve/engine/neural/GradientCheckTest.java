package org.conserve.engine.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Both hand-derived gradients against central finite differences, in float64. */
class GradientCheckTest {
    private static final int D = 3;
    private static final int N = 3;
    private static final int BATCH = 7;

    @BeforeAll
    static void useDouble() {
        Backend.useDouble();
    }

    private static Architecture architecture(Activation activation, int depth) {
        return new Architecture(D, N, 4, depth, activation);
    }

    /** Plain-Java oracle of H_i(z) for one network, reading the parameters through their views. */
    static double plainValue(Parameters theta, Architecture architecture, int i, double[] z) {
        double[] h = z;
        for (int layer = 0; layer < architecture.depth(); layer++) {
            double[] next = new double[architecture.width()];
            for (int out = 0; out < next.length; out++) {
                double a = theta.biases(layer).getDouble(i, out);
                for (int in = 0; in < h.length; in++) {
                    a += h[in] * theta.weights(layer).getDouble(i, in, out);
                }
                next[out] = architecture.activation().derivatives(a)[0];
            }
            h = next;
        }
        double value = theta.outputBiases().getDouble(i);
        for (int k = 0; k < h.length; k++) {
            value += h[k] * theta.outputWeights().getDouble(i, k);
        }
        return value;
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void valuesMatchAPlainJavaForwardPass(Activation activation) {
        Architecture architecture = architecture(activation, 2);
        Parameters theta = randomParameters(architecture, 41);
        LossEvaluator evaluator = loaded(architecture, 9);
        NetworkPass pass = evaluator.pass();
        pass.forward(theta);
        INDArray values = pass.values(theta);
        for (int p = 0; p < BATCH; p++) {
            double[] z = pass.input().getRow(p).toDoubleVector();
            for (int i = 0; i < N; i++) {
                assertEquals(plainValue(theta, architecture, i, z), values.getDouble(i, p, 0), 1e-13);
            }
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {3, ConservationLoss.ELEMENTWISE_GRAM_LIMIT + 1})
    void lossPartsMatchTheirDefinitionsComputedInPlainJava(int n) {
        Architecture architecture = new Architecture(D, n, 4, 2, Activation.SILU);
        Parameters theta = randomParameters(architecture, 51);
        Random random = new Random(10);
        double[][] points = new double[BATCH][D];
        double[][] rates = new double[BATCH][D];
        for (int p = 0; p < BATCH; p++) {
            for (int k = 0; k < D; k++) {
                points[p][k] = random.nextGaussian();
                rates[p][k] = random.nextGaussian();
            }
        }
        double eps = 1e-3;
        LossEvaluator evaluator = new LossEvaluator(architecture, BATCH, eps);
        evaluator.load(points, rates, java.util.stream.IntStream.range(0, BATCH).toArray());
        double lambda = 0.25;
        double loss = evaluator.loss(theta, lambda);
        INDArray gradients = evaluator.pass().inputGradients();
        double[][][] unit = new double[n][BATCH][D];
        double l1 = 0;
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < BATCH; p++) {
                double squared = 0;
                double rateNorm = 0;
                for (int k = 0; k < D; k++) {
                    squared += Math.pow(gradients.getDouble(i, p, k), 2);
                    rateNorm += rates[p][k] * rates[p][k];
                }
                double cosine = 0;
                for (int k = 0; k < D; k++) {
                    unit[i][p][k] = gradients.getDouble(i, p, k) / Math.sqrt(squared + eps * eps);
                    cosine += unit[i][p][k] * rates[p][k] / Math.sqrt(rateNorm);
                }
                double unitSquared = squared / (squared + eps * eps);
                l1 += cosine * cosine + (1 - unitSquared);
            }
        }
        l1 /= n * BATCH;
        double l2 = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int p = 0; p < BATCH && i != j; p++) {
                    double dot = 0;
                    for (int k = 0; k < D; k++) {
                        dot += unit[i][p][k] * unit[j][p][k];
                    }
                    l2 += dot * dot;
                }
            }
        }
        l2 /= (double) n * (n - 1) * BATCH;
        assertEquals(l1, evaluator.l1(), 1e-14);
        assertEquals(l2, evaluator.l2(), 1e-14);
        assertEquals(l1 + lambda * l2, loss, 1e-14);
    }

    @org.junit.jupiter.api.Test
    void lossGradientIsRightWithTheBatchedGramPathForManyNetworks() {
        int n = ConservationLoss.ELEMENTWISE_GRAM_LIMIT + 2;
        Architecture architecture = new Architecture(D, n, 3, 1, Activation.SILU);
        Parameters theta = randomParameters(architecture, 31);
        LossEvaluator evaluator = loaded(architecture, 8);
        double lambda = 0.7;
        evaluator.lossAndGradient(theta, lambda);
        INDArray analytic = evaluator.gradient().flat().dup();
        INDArray flat = theta.flat();
        double worst = 0;
        for (int k = 0; k < flat.length(); k++) {
            double value = flat.getDouble(k);
            int index = k;
            double numeric = fourthOrderDerivative(x -> {
                flat.putScalar(index, x);
                return evaluator.loss(theta, lambda);
            }, value, 1e-4);
            flat.putScalar(k, value);
            worst = Math.max(worst, Math.abs(numeric - analytic.getDouble(k)) / Math.max(1e-3, Math.abs(numeric)));
        }
        assertTrue(worst < 1e-8, "worst relative error " + worst);
    }

    private static Parameters randomParameters(Architecture architecture, long seed) {
        Parameters theta = new Parameters(architecture);
        Random random = new Random(seed);
        INDArray flat = theta.flat();
        for (int k = 0; k < flat.length(); k++) {
            flat.putScalar(k, random.nextGaussian() * 0.7);
        }
        return theta;
    }

    private static LossEvaluator loaded(Architecture architecture, long seed) {
        Random random = new Random(seed);
        double[][] points = new double[BATCH][D];
        double[][] rates = new double[BATCH][D];
        for (int p = 0; p < BATCH; p++) {
            for (int k = 0; k < D; k++) {
                points[p][k] = random.nextGaussian();
                rates[p][k] = random.nextGaussian();
            }
        }
        int[] rows = java.util.stream.IntStream.range(0, BATCH).toArray();
        LossEvaluator evaluator = new LossEvaluator(architecture, BATCH, 1e-3);
        evaluator.load(points, rates, rows);
        return evaluator;
    }

    /** Central difference with Richardson extrapolation: error O(h^4). */
    private static double fourthOrderDerivative(java.util.function.DoubleUnaryOperator f, double x, double h) {
        double near = f.applyAsDouble(x + h) - f.applyAsDouble(x - h);
        double far = f.applyAsDouble(x + 2 * h) - f.applyAsDouble(x - 2 * h);
        return (8 * near - far) / (12 * h);
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void inputGradientMatchesFiniteDifferencesOfTheValues(Activation activation) {
        for (int depth = 1; depth <= 3; depth++) {
            Architecture architecture = architecture(activation, depth);
            Parameters theta = randomParameters(architecture, 11 + depth);
            LossEvaluator evaluator = loaded(architecture, 5);
            NetworkPass pass = evaluator.pass();
            pass.forward(theta);
            pass.inputGradient(theta);
            INDArray exact = pass.inputGradients().dup();
            INDArray input = pass.input();
            double h = 1e-5;
            for (int p = 0; p < BATCH; p++) {
                for (int k = 0; k < D; k++) {
                    double z = input.getDouble(p, k);
                    input.putScalar(p, k, z + h);
                    pass.forward(theta);
                    INDArray plus = pass.values(theta).dup();
                    input.putScalar(p, k, z - h);
                    pass.forward(theta);
                    INDArray minus = pass.values(theta).dup();
                    input.putScalar(p, k, z);
                    for (int i = 0; i < N; i++) {
                        double numeric = (plus.getDouble(i, p, 0) - minus.getDouble(i, p, 0)) / (2 * h);
                        double analytic = exact.getDouble(i, p, k);
                        assertEquals(numeric, analytic, 1e-7 * Math.max(1, Math.abs(numeric)),
                                activation + " depth " + depth + " network " + i + " point " + p + " dz" + k);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void parameterGradientOfTheLossMatchesFiniteDifferences(Activation activation) {
        double lambda = 0.3;
        for (int depth = 1; depth <= 3; depth += 2) {
            Architecture architecture = architecture(activation, depth);
            Parameters theta = randomParameters(architecture, 21 + depth);
            LossEvaluator evaluator = loaded(architecture, 6);
            double loss = evaluator.lossAndGradient(theta, lambda);
            assertTrue(loss > 0 && Double.isFinite(loss));
            INDArray analytic = evaluator.gradient().flat().dup();
            INDArray flat = theta.flat();
            double worst = 0;
            for (int k = 0; k < flat.length(); k++) {
                double value = flat.getDouble(k);
                int index = k;
                double numeric = fourthOrderDerivative(x -> {
                    flat.putScalar(index, x);
                    return evaluator.loss(theta, lambda);
                }, value, 1e-4);
                flat.putScalar(k, value);
                double error = Math.abs(numeric - analytic.getDouble(k));
                double scale = Math.max(1e-3, Math.abs(numeric));
                worst = Math.max(worst, error / scale);
            }
            assertTrue(worst < 1e-8, activation + " depth " + depth + ": worst relative error " + worst);
        }
    }
}
