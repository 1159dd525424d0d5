package org.conserve.symbolic.compile;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Prints the cost of batched evaluation, with and without shared subexpressions, measured
 * interleaved in one JVM; asserts nothing about time (machines and their load differ).
 */
class CompiledFieldSpeedTest {
    private static final int POINTS = 4096;
    private static final int ROUNDS = 80;

    @Test
    void printsNanosecondsPerPoint() {
        List<ISymbol> z4 = Systems.symbols("x", "y", "px", "py");
        List<ISymbol> z12 = Systems.symbols("x1", "y1", "x2", "y2", "x3", "y3", "u1", "v1", "u2", "v2", "u3", "v3");
        for (String round : List.of("warm-up", "measured")) {
            System.out.println(round + ":");
            report("Kepler f", Systems.keplerField(z4), z4);
            report("3-body planar f", Systems.threeBodyField(z12), z12);
            report("double pendulum f", Systems.doublePendulumField(z4), z4);
        }
    }

    private static void report(String name, List<IExpr> f, List<ISymbol> z) {
        List<IExpr> canonical = SymjaOracle.canonical(f);
        CompiledField shared = new CompiledField(NodeCompiler.program(canonical, Systems.slots(z), true), name);
        CompiledField separate = new CompiledField(NodeCompiler.program(canonical, Systems.slots(z), false), name);
        int d = z.size();
        double[][] points = SymjaOracle.points(1L, POINTS, d, -2, 2);
        double[] flat = new double[POINTS * d];
        for (int j = 0; j < POINTS; j++) {
            System.arraycopy(points[j], 0, flat, j * d, d);
        }
        double[] out = new double[POINTS * shared.dimension()];
        double[] rate = new double[shared.dimension()];
        double bestShared = Double.MAX_VALUE;
        double bestSeparate = Double.MAX_VALUE;
        double bestSingle = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            bestShared = Math.min(bestShared, nanosPerPoint(shared, flat, out));
            bestSeparate = Math.min(bestSeparate, nanosPerPoint(separate, flat, out));
            bestSingle = Math.min(bestSingle, nanosPerSingleCall(shared, points, rate));
        }
        System.out.printf(Locale.ROOT, "%s: %.1f ns per point batched with %d shared subexpressions, %.1f ns"
                + " without sharing, %.1f ns per single evaluate call (%d components, best of %d rounds of %d"
                + " points)%n", name, bestShared, shared.sharedSubexpressions(), bestSeparate, bestSingle,
                shared.dimension(), ROUNDS, POINTS);
    }

    private static double nanosPerSingleCall(CompiledField field, double[][] points, double[] rate) {
        long start = System.nanoTime();
        for (double[] point : points) {
            field.evaluate(point, rate);
        }
        return (System.nanoTime() - start) / (double) points.length;
    }

    private static double nanosPerPoint(CompiledField field, double[] points, double[] out) {
        long start = System.nanoTime();
        field.evaluateBatch(points, out, POINTS);
        return (System.nanoTime() - start) / (double) POINTS;
    }
}
