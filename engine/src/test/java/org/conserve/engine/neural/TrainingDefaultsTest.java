package org.conserve.engine.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The L-BFGS budget by dimension; every other default is {@link TrainingConfig#defaults()}'s. */
class TrainingDefaultsTest {
    @Test
    void smallSystemsGetTwiceTheLbfgsBudget() {
        TrainingConfig defaults = TrainingConfig.defaults();
        for (int d = 1; d <= 4; d++) {
            TrainingConfig small = TrainingConfig.forDimension(d);
            assertEquals(3000, small.lbfgsSteps(), "d = " + d);
            assertEquals(defaults.withLbfgs(3000, defaults.lbfgsMemory(), defaults.lbfgsLambda()), small);
        }
        assertEquals(defaults, TrainingConfig.forDimension(5));
        assertEquals(defaults, TrainingConfig.forDimension(12));
        assertEquals(1500, TrainingConfig.forDimension(12).lbfgsSteps());
    }
}
