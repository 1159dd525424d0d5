package org.conserve.engine.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleUnaryOperator;
import org.conserve.engine.system.Interval;
import org.conserve.engine.system.PeriodicGrid;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpectralDerivativesTest {

    /**
     * Compares with exact derivatives. Up to order 2 the tolerance is as given; above, rounding noise of
     * the samples (relative 1e-16 in every mode) is amplified by kappa_max^order, so the tolerance grows
     * by kappa_max per order beyond the second.
     */
    private static void assertDerivatives(PeriodicGrid grid, DoubleUnaryOperator u, DoubleUnaryOperator[] exact,
                                          double tolerance) {
        double kappaMax = Math.PI * grid.points() / grid.length();
        int n = grid.points();
        double[] values = new double[n];
        for (int j = 0; j < n; j++) {
            values[j] = u.applyAsDouble(grid.x(j));
        }
        int maxOrder = exact.length - 1;
        double[][] derivatives = new double[maxOrder + 1][n];
        new SpectralDerivatives(grid).derivatives(values, maxOrder, derivatives);
        for (int order = 0; order <= maxOrder; order++) {
            for (int j = 0; j < n; j++) {
                double allowed = tolerance * Math.pow(Math.max(1, kappaMax), Math.max(0, order - 2));
                assertEquals(exact[order].applyAsDouble(grid.x(j)), derivatives[order][j], allowed,
                        "order " + order + " at x = " + grid.x(j));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 17, 32, 45})
    void differentiatesSineOnTheStandardInterval(int points) {
        PeriodicGrid grid = new PeriodicGrid(new Interval(0, 2 * Math.PI), points);
        assertDerivatives(grid, Math::sin, new DoubleUnaryOperator[]{
                Math::sin, Math::cos, x -> -Math.sin(x), x -> -Math.cos(x), Math::sin, Math::cos}, 1e-12);
    }

    @ParameterizedTest
    @ValueSource(ints = {24, 31})
    void differentiatesACosineOfHigherWavenumberOnAShiftedInterval(int points) {
        // period 8 on [-3, 5): u = cos(3 * 2 pi x / 8), a band-limited mode k = 3
        double w = 3 * 2 * Math.PI / 8;
        PeriodicGrid grid = new PeriodicGrid(new Interval(-3, 5), points);
        assertDerivatives(grid, x -> Math.cos(w * x), new DoubleUnaryOperator[]{
                x -> Math.cos(w * x), x -> -w * Math.sin(w * x), x -> -w * w * Math.cos(w * x),
                x -> w * w * w * Math.sin(w * x)}, 1e-12 * w * w * w);
    }

    @ParameterizedTest
    @ValueSource(ints = {32, 33})
    void differentiatesExpOfSineToSpectralAccuracy(int points) {
        PeriodicGrid grid = new PeriodicGrid(new Interval(0, 2 * Math.PI), points);
        assertDerivatives(grid, x -> Math.exp(Math.sin(x)), new DoubleUnaryOperator[]{
                x -> Math.exp(Math.sin(x)),
                x -> Math.cos(x) * Math.exp(Math.sin(x)),
                x -> (Math.cos(x) * Math.cos(x) - Math.sin(x)) * Math.exp(Math.sin(x)),
                x -> Math.cos(x) * (Math.cos(x) * Math.cos(x) - 3 * Math.sin(x) - 1) * Math.exp(Math.sin(x))},
                1e-12);
    }

    @org.junit.jupiter.api.Test
    void oddDerivativesOfTheNyquistModeVanishAndEvenOnesScaleIt() {
        int n = 16;
        PeriodicGrid grid = new PeriodicGrid(new Interval(0, 2 * Math.PI), n);
        double[] alternating = new double[n];
        for (int j = 0; j < n; j++) {
            alternating[j] = (j % 2 == 0) ? 1 : -1;  // cos(8 x) at the nodes
        }
        double[][] derivatives = new double[3][n];
        new SpectralDerivatives(grid).derivatives(alternating, 2, derivatives);
        for (int j = 0; j < n; j++) {
            assertEquals(0, derivatives[1][j], 1e-12);
            assertEquals(-64 * alternating[j], derivatives[2][j], 1e-11);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 9, 10, 15})
    void forwardThenInverseReturnsTheSamples(int points) {
        FourierTransform transform = new FourierTransform(new PeriodicGrid(new Interval(0, 1), points));
        double[] values = new double[points];
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int j = 0; j < points; j++) {
            values[j] = random.nextDouble(-1, 1);
        }
        double[] re = new double[transform.modes()];
        double[] im = new double[transform.modes()];
        double[] back = new double[points];
        transform.forward(values, re, im);
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        assertEquals(sum, re[0], 1e-12);
        transform.inverse(re, im, back);
        org.junit.jupiter.api.Assertions.assertArrayEquals(values, back, 1e-14);
    }
}
