package org.conserve.symbolic.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.conserve.symbolic.SymjaSession;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

class CompilerThreadingTest {
    private static final List<ISymbol> Z4 = Systems.symbols("q1", "q2", "p1", "p2");

    @Test
    void compilingDoesNotWaitForTheSymjaThread() throws Exception {
        List<IExpr> field = SymjaOracle.canonical(Systems.doublePendulumField(Z4));
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread blocker = new Thread(() -> SymjaSession.get().call(() -> {
            busy.countDown();
            return release.await(20, TimeUnit.SECONDS);
        }, Duration.ofSeconds(30)));
        blocker.start();
        try {
            busy.await();
            CompiledField compiled = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> ExpressionCompiler.compileField(field, Systems.slots(Z4)));
            assertEquals(4, compiled.dimension());
        } finally {
            release.countDown();
            blocker.join();
        }
    }

    @Test
    void oneCompiledFieldServesManyThreadsAtOnce() throws Exception {
        CompiledField field = ExpressionCompiler.compileField(
                SymjaOracle.canonical(Systems.doublePendulumField(Z4)), Systems.slots(Z4));
        double[][] points = SymjaOracle.points(21L, 2000, 4, -2, 2);
        double[][] expected = new double[points.length][4];
        field.evaluateBatch(points, expected);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[][]>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    double[][] rows = new double[points.length][4];
                    for (int round = 0; round < 20; round++) {
                        for (int j = 0; j < points.length; j++) {
                            field.evaluate(points[j], rows[j]);
                        }
                    }
                    return rows;
                }));
            }
            for (Future<double[][]> result : results) {
                double[][] rows = result.get(20, TimeUnit.SECONDS);
                for (int j = 0; j < points.length; j++) {
                    assertArrayEquals(expected[j], rows[j], 0);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void batchedScalarValuesEqualSingleValues() {
        CompiledFunction energy = ExpressionCompiler.compile(
                SymjaOracle.canonical(Systems.doublePendulumEnergy(Z4)), Systems.slots(Z4));
        double[][] points = SymjaOracle.points(22L, 50, 4, -2, 2);
        double[] flat = new double[points.length * 4];
        for (int j = 0; j < points.length; j++) {
            System.arraycopy(points[j], 0, flat, 4 * j, 4);
        }
        double[] values = new double[points.length];
        energy.values(flat, values, points.length);
        for (int j = 0; j < points.length; j++) {
            assertEquals(energy.value(points[j]), values[j], 0);
        }
    }
}
