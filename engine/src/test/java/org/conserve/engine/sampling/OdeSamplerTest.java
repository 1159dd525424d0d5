package org.conserve.engine.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;
import org.conserve.engine.system.OdeSystem;
import org.conserve.engine.system.PointFilter;
import org.junit.jupiter.api.Test;

class OdeSamplerTest {

    private final OdeSampler sampler = new OdeSampler();

    @Test
    void sameSeedGivesIdenticalSamples() {
        SampleSet first = sampler.sample(ExampleSystems.kepler(), 500, 42);
        SampleSet second = sampler.sample(ExampleSystems.kepler(), 500, 42);
        for (int p = 0; p < 500; p++) {
            assertArrayEquals(first.points()[p], second.points()[p], 0.0);
            assertArrayEquals(first.rates()[p], second.rates()[p], 0.0);
        }
        assertEquals(first.rejectedByFilter(), second.rejectedByFilter());
        assertEquals(42, first.seed());
    }

    @Test
    void differentSeedsGiveDifferentSamples() {
        SampleSet first = sampler.sample(ExampleSystems.kepler(), 10, 1);
        SampleSet second = sampler.sample(ExampleSystems.kepler(), 10, 2);
        assertFalse(java.util.Arrays.equals(first.points()[0], second.points()[0]));
    }

    @Test
    void keptPointsLieInTheBoxPassTheFilterAndCarryTheirRates() {
        OdeSystem kepler = ExampleSystems.kepler();
        SampleSet samples = sampler.sample(kepler, 1000, 7);
        double[] expected = new double[4];
        for (int p = 0; p < samples.size(); p++) {
            double[] z = samples.points()[p];
            for (double coordinate : z) {
                assertTrue(coordinate >= -2 && coordinate <= 2);
            }
            assertTrue(kepler.where().accepts(z));
            kepler.field().evaluate(z, expected);
            assertArrayEquals(expected, samples.rates()[p], 0.0);
        }
    }

    @Test
    void countsPointsTheFilterRejectsAtTheExpectedRate() {
        // The disc x^2 + y^2 <= 1/4 covers pi/64 of the square [-2, 2]^2.
        SampleSet samples = sampler.sample(ExampleSystems.kepler(), 20000, 3);
        double rejectedFraction = samples.rejectedByFilter() / (double) samples.attempts();
        assertEquals(Math.PI / 64, rejectedFraction, 0.003);
        assertEquals(0, samples.droppedNonFinite());
    }

    @Test
    void dropsAndCountsPointsWhereTheFieldIsNotFinite() {
        // f = (1/x, log(y)): infinite nowhere in the open box but NaN for y < 0, about half of the draws.
        OdeSystem system = ExampleSystems.ode("log", ExampleSystems.field(2, (z, f) -> {
            f[0] = 1 / z[0];
            f[1] = Math.log(z[1]);
        }), ExampleSystems.cube(2, -1, 1), PointFilter.ALL, "x", "y");
        SampleSet samples = sampler.sample(system, 4000, 11);
        assertEquals(0, samples.rejectedByFilter());
        assertEquals(0.5, samples.droppedNonFinite() / (double) samples.attempts(), 0.02);
        for (double[] rate : samples.rates()) {
            assertTrue(Double.isFinite(rate[0]) && Double.isFinite(rate[1]));
        }
    }

    @Test
    void failsWithNoSamplesNamingTheFilterWhenItRejectsEverything() {
        OdeSystem system = ExampleSystems.ode("impossible", ExampleSystems.harmonicOscillator().field(),
                ExampleSystems.cube(2, -1, 1), z -> z[0] > 5, "x", "p");
        EngineException error = assertThrows(EngineException.class,
                () -> new OdeSampler(50).sample(system, 100, 1));
        assertEquals(EngineError.NO_SAMPLES, error.key());
        assertTrue(error.getMessage().contains("where"), error.getMessage());
    }

    @Test
    void failsWithNoSamplesNamingTheEquationsWhenTheyAreNeverFinite() {
        OdeSystem system = ExampleSystems.ode("nan", ExampleSystems.field(1, (z, f) -> f[0] = Math.sqrt(-1 - z[0] * z[0])),
                ExampleSystems.cube(1, -1, 1), PointFilter.ALL, "x");
        EngineException error = assertThrows(EngineException.class, () -> sampler.sample(system, 10, 1));
        assertEquals(EngineError.NO_SAMPLES, error.key());
        assertTrue(error.getMessage().contains("not finite"), error.getMessage());
    }

    @Test
    void rejectsANonPositiveCount() {
        EngineException error = assertThrows(EngineException.class,
                () -> sampler.sample(ExampleSystems.harmonicOscillator(), 0, 1));
        assertEquals(EngineError.INVALID_ARGUMENT, error.key());
    }

    @Test
    void zeroFieldCheckFailsOnlyForAVanishingField() {
        OdeSystem still = ExampleSystems.ode("still", ExampleSystems.field(2, (z, f) -> {
            f[0] = 0;
            f[1] = 0;
        }), ExampleSystems.cube(2, -1, 1), PointFilter.ALL, "x", "p");
        EngineException error = assertThrows(EngineException.class,
                () -> FieldChecks.requireNonZeroField(sampler.sample(still, 100, 1)));
        assertEquals(EngineError.ZERO_FIELD, error.key());
        assertDoesNotThrow(() -> FieldChecks.requireNonZeroField(
                sampler.sample(ExampleSystems.harmonicOscillator(), 100, 1)));
    }
}
