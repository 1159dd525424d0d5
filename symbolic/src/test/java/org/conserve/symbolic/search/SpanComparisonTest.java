package org.conserve.symbolic.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.conserve.symbolic.proof.NumericGradient;
import org.junit.jupiter.api.Test;

/** Kepler, state (x, y, px, py), with hand-derived gradients. */
class SpanComparisonTest {
    private static final NumericGradient ENERGY = (z, g) -> {
        double r3 = Math.pow(z[0] * z[0] + z[1] * z[1], 1.5);
        g[0] = z[0] / r3;
        g[1] = z[1] / r3;
        g[2] = z[2];
        g[3] = z[3];
    };
    private static final NumericGradient ANGULAR = (z, g) -> {
        g[0] = z[3];
        g[1] = -z[2];
        g[2] = -z[1];
        g[3] = z[0];
    };
    /** A stand-in for a trained network: a function of E and L only, E + L^2. */
    private static final NumericGradient MIXED = (z, g) -> {
        double[] e = new double[4];
        double[] l = new double[4];
        ENERGY.gradient(z, e);
        ANGULAR.gradient(z, l);
        double angular = z[0] * z[3] - z[1] * z[2];
        for (int i = 0; i < 4; i++) {
            g[i] = e[i] + 2 * angular * l[i];
        }
    };
    /** Not a law at all: x. */
    private static final NumericGradient UNRELATED = (z, g) -> {
        java.util.Arrays.fill(g, 0);
        g[0] = 1;
    };

    private static List<double[]> points() {
        SplittableRandom random = new SplittableRandom(7);
        List<double[]> points = new ArrayList<>();
        while (points.size() < 25) {
            double[] z = {random.nextDouble(-2, 2), random.nextDouble(-2, 2), random.nextDouble(-1, 1),
                    random.nextDouble(-1, 1)};
            if (z[0] * z[0] + z[1] * z[1] > 0.25) {
                points.add(z);
            }
        }
        return points;
    }

    @Test
    void explainsNeuralDirectionsThatAreFunctionsOfTheFormulas() {
        SpanComparison.Result result = SpanComparison.compare(List.of(ENERGY, ANGULAR), List.of(MIXED, ANGULAR),
                points());
        assertEquals(new SpanComparison.Result(2, 2, 2, 0, 0), result);
        assertEquals("2 of 2 explained", result.summary());
    }

    @Test
    void reportsNeuralDirectionsOutsideTheFormulasAndFormulasOutsideTheNetworks() {
        SpanComparison.Result missing = SpanComparison.compare(List.of(ENERGY), List.of(MIXED, ANGULAR), points());
        assertEquals(new SpanComparison.Result(1, 2, 1, 1, 0), missing);
        SpanComparison.Result extra = SpanComparison.compare(List.of(ENERGY, ANGULAR, UNRELATED), List.of(MIXED),
                points());
        assertEquals(2, extra.extra());
        assertEquals(1, extra.explained());
    }
}
