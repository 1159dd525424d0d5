package org.conserve.app.gui.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The least-squares fit of a formula by the networks' values. */
class AffineFitTest {
    private static final int M = 50;

    private static double[] along(java.util.function.DoubleUnaryOperator f) {
        double[] values = new double[M];
        for (int p = 0; p < M; p++) {
            values[p] = f.applyAsDouble(-1 + 2.0 * p / (M - 1));
        }
        return values;
    }

    @Test
    void recoversTheCoefficientsOfAnAffineCombination() {
        double[] h1 = along(s -> s * s);
        double[] h2 = along(Math::sin);
        double[] f = along(s -> 2 - 3 * s * s + 0.5 * Math.sin(s));
        AffineFit fit = AffineFit.of(f, new double[][] {h1, h2});
        assertEquals(2, fit.coefficients()[0], 1e-10);
        assertEquals(-3, fit.coefficients()[1], 1e-10);
        assertEquals(0.5, fit.coefficients()[2], 1e-10);
        assertTrue(fit.relativeResidual() < 1e-12, "residual " + fit.relativeResidual());
    }

    @Test
    void networksThatRepeatEachOtherDoNotBreakIt() {
        double[] h = along(s -> s * s);
        double[] twice = along(s -> 2 * s * s);
        double[] f = along(s -> 1 + s * s);
        AffineFit fit = AffineFit.of(f, new double[][] {h, twice});
        assertTrue(fit.relativeResidual() < 1e-12, "residual " + fit.relativeResidual());
        for (int p = 0; p < M; p++) {
            assertEquals(f[p], fit.fitted()[p], 1e-12);
        }
    }

    @Test
    void aFormulaOutsideTheNetworksSpanKeepsItsResidual() {
        // s^3 against s: the best line leaves sqrt(1 - (E[s^4])^2 / (E[s^2] E[s^6])) of its spread.
        double[] f = along(s -> s * s * s);
        AffineFit fit = AffineFit.of(f, new double[][] {along(s -> s)});
        assertTrue(fit.relativeResidual() > 0.1 && fit.relativeResidual() < 0.5, "residual " + fit.relativeResidual());
    }

    @Test
    void aConstantFormulaGetsAnAbsoluteResidual() {
        AffineFit fit = AffineFit.of(along(s -> 4), new double[][] {along(Math::cos)});
        assertTrue(fit.constant());
        assertTrue(fit.relativeResidual() < 1e-12);
    }
}
