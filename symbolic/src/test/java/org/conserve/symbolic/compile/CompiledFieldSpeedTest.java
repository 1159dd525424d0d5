package org.conserve.symbolic.compile;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** Prints the cost of batched evaluation; asserts nothing about time (machines differ). */
class CompiledFieldSpeedTest {
    private static final int POINTS = 4096;
    private static final int ROUNDS = 60;

    @Test
    void printsNanosecondsPerPoint() {
        List<ISymbol> z4 = Systems.symbols("x", "y", "px", "py");
        List<ISymbol> z12 = Systems.symbols("x1", "y1", "x2", "y2", "x3", "y3", "u1", "v1", "u2", "v2", "u3", "v3");
        report("Kepler f", Systems.keplerField(z4), z4);
        report("3-body planar f", Systems.threeBodyField(z12), z12);
        report("double pendulum f", Systems.doublePendulumField(z4), z4);
    }

    private static void report(String name, List<IExpr> f, List<ISymbol> z) {
        CompiledField field = ExpressionCompiler.compileField(SymjaOracle.canonical(f), Systems.slots(z));
        int d = z.size();
        double[][] points = SymjaOracle.points(1L, POINTS, d, -2, 2);
        double[] flat = new double[POINTS * d];
        for (int j = 0; j < POINTS; j++) {
            System.arraycopy(points[j], 0, flat, j * d, d);
        }
        double[] out = new double[POINTS * field.dimension()];
        double best = Double.MAX_VALUE;
        double checksum = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            field.evaluateBatch(flat, out, POINTS);
            best = Math.min(best, (System.nanoTime() - start) / (double) POINTS);
            checksum += out[round];
        }
        System.out.printf(Locale.ROOT, "%s: %.1f ns per point (%d components, best of %d batches of %d; %s)%n",
                name, best, field.dimension(), ROUNDS, POINTS, checksum == 0 ? "-" : "ok");
    }
}
