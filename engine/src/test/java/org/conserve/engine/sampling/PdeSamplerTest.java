package org.conserve.engine.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;
import org.conserve.engine.system.Interval;
import org.conserve.engine.system.Jet;
import org.conserve.engine.system.PdeSystem;
import org.conserve.engine.system.PeriodicGrid;
import org.junit.jupiter.api.Test;

class PdeSamplerTest {

    private final PdeSampler sampler = new PdeSampler();
    private final PdeSystem kdv = ExampleSystems.kdv(-10, 10, 64);

    @Test
    void sameSeedGivesIdenticalStatesJetsAndRates() {
        PdeSamplingSettings settings = new PdeSamplingSettings(8, 4, 1, 0);
        PdeSampleSet first = sampler.sample(kdv, settings, 9);
        PdeSampleSet second = sampler.sample(kdv, settings, 9);
        for (int r = 0; r < first.rows(); r++) {
            assertArrayEquals(first.jets()[r], second.jets()[r], 0.0);
            assertArrayEquals(first.rates()[r], second.rates()[r], 0.0);
        }
        PdeSampleSet other = sampler.sample(kdv, settings, 10);
        assertTrue(first.jets()[0][0] != other.jets()[0][0]);
    }

    @Test
    void shapesFollowTheDocumentedLayout() {
        PdeSampleSet samples = sampler.sample(kdv, new PdeSamplingSettings(5, 3, 1, 0), 1);
        assertEquals(5, samples.stateCount());
        assertEquals(5 * 64, samples.rows());
        assertEquals(4, samples.jets()[0].length);
        assertEquals(1, samples.rates()[0].length);
        assertEquals(2, samples.features()[0].length);
        int row = samples.row(3, 17);
        assertEquals(samples.states()[3][0][17], samples.jets()[row][0], 0.0);
        assertEquals(samples.jets()[row][0], samples.features()[row][0], 0.0);
        assertEquals(samples.jets()[row][1], samples.features()[row][1], 0.0);
    }

    @Test
    void kdvRatesConserveTheMeanAndTheSquareOnEveryState() {
        // d/dt of the integral of u and of u^2 vanishes for KdV; with exact spectral derivatives the
        // discrete sums of F and of u F over the grid vanish to rounding.
        PdeSampleSet samples = sampler.sample(kdv, new PdeSamplingSettings(20, 5, 1, 0.3), 4);
        for (int s = 0; s < samples.stateCount(); s++) {
            double sumRate = 0;
            double sumURate = 0;
            double scale = 0;
            for (int j = 0; j < 64; j++) {
                double[] jet = samples.jets()[samples.row(s, j)];
                double rate = samples.rates()[samples.row(s, j)][0];
                sumRate += rate;
                sumURate += jet[0] * rate;
                scale += Math.abs(jet[0] * rate);
            }
            assertEquals(0, sumURate / scale, 1e-12);
            assertEquals(0, sumRate / scale, 1e-12);
        }
    }

    @Test
    void statesHaveTheRequestedMeanAndTypicalAmplitude() {
        double amplitude = 0.7;
        PdeSampleSet samples = sampler.sample(kdv, new PdeSamplingSettings(400, 4, amplitude, 2), 12);
        double variance = 0;
        for (double[][] state : samples.states()) {
            double mean = 0;
            for (double value : state[0]) {
                mean += value / 64;
            }
            assertEquals(2, mean, 1e-12);
            for (double value : state[0]) {
                variance += (value - 2) * (value - 2) / (64 * 400);
            }
        }
        assertEquals(amplitude, Math.sqrt(variance), 0.05 * amplitude);
    }

    @Test
    void discardsAndCountsStatesWhereTheRatesAreNotFinite() {
        PeriodicGrid grid = new PeriodicGrid(new Interval(0, 1), 32);
        PdeSystem rootOfU = ExampleSystems.pde("sqrt", new Jet(List.of("u"), 1), grid,
                (jet, rate) -> rate[0] = Math.sqrt(jet[0]) * jet[1], new double[][][]{{{0, 0}}}, List.of(0));
        PdeSampleSet samples = sampler.sample(rootOfU, new PdeSamplingSettings(50, 2, 1, 2), 3);
        assertTrue(samples.droppedNonFinite() > 0, "some states dip below zero");
        for (double[] rate : samples.rates()) {
            assertTrue(Double.isFinite(rate[0]));
        }
        EngineException error = assertThrows(EngineException.class,
                () -> sampler.sample(rootOfU, new PdeSamplingSettings(5, 2, 1, -10), 3));
        assertEquals(EngineError.NO_SAMPLES, error.key());
    }

    @Test
    void rejectsMoreModesThanTheGridResolves() {
        EngineException error = assertThrows(EngineException.class,
                () -> sampler.sample(kdv, new PdeSamplingSettings(2, 32, 1, 0), 1));
        assertEquals(EngineError.INVALID_ARGUMENT, error.key());
        assertTrue(error.getMessage().contains("31"), error.getMessage());
    }
}
