package org.conserve.engine.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class LbfgsScheduleTest {
    private static final TrainingConfig BASE = TrainingConfig.defaults().withLambda(0.1);

    @Test
    void keepsLambdaWhenNoSmallerOneIsAskedFor() {
        assertArrayEquals(new double[] {0.1}, BASE.withLbfgs(10, 5, Double.NaN).lbfgsLambdas());
        assertArrayEquals(new double[] {0.2}, BASE.withLbfgs(10, 5, 0.2).lbfgsLambdas());
    }

    @Test
    void jumpsStraightToZero() {
        assertArrayEquals(new double[] {0.0}, BASE.withLbfgs(10, 5, 0.0).lbfgsLambdas());
    }

    @Test
    void annealsByDecadesDownToTheTarget() {
        assertArrayEquals(new double[] {0.1, 0.01, 1e-3, 1e-4}, BASE.withLbfgs(10, 5, 1e-4).lbfgsLambdas(), 1e-15);
        assertArrayEquals(new double[] {0.1, 0.01, 5e-3}, BASE.withLbfgs(10, 5, 5e-3).lbfgsLambdas(), 1e-15);
    }
}
