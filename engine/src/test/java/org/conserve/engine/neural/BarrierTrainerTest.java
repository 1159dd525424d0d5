package org.conserve.engine.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Small seeded trainings of {@link BarrierTrainer}: precision, the count it decides, reproducibility. */
class BarrierTrainerTest {
    private static final BarrierSchedule SHORT = BarrierSchedule.defaults().withIterations(300, 1500);

    private static BarrierTraining train(TestSystems.Field field, long seed) {
        Samples training = TestSystems.uniform(field, 400, -1, 1, 2, z -> true, seed);
        Samples heldOut = TestSystems.uniform(field, 400, -1, 1, 2, z -> true, seed + 1);
        return new BarrierTrainer(BarrierTrainer.defaultConfig().withSeed(seed), SHORT)
                .train(training, heldOut, TrainingListener.NONE);
    }

    @Test
    void countsTheHarmonicOscillatorsEnergyAtFloat64PrecisionAndRejectsASecondNetwork() {
        BarrierTraining result = train(TestSystems.OSCILLATOR_1D, 1);
        assertEquals(1, result.count());
        assertEquals(2, result.model().functionCount(), "the rejected network is kept to show its precision");
        assertTrue(result.heldOutL1()[0] <= 1e-8, "energy's held-out l1 " + result.heldOutL1()[0]);
        BarrierStage last = result.path().get(result.path().size() - 1);
        assertEquals(2, last.networks());
        // in 2D the part of a gradient orthogonal to another conserved gradient is parallel to f
        assertTrue(last.worstIndependentL1() > 0.5, "independent part " + last.worstIndependentL1());
        assertFalse(result.lastVerdict().accepted());
    }

    @Test
    void findsNoLawOfTheDampedOscillator() {
        BarrierTraining result = train(TestSystems.DAMPED, 1);
        assertEquals(0, result.count());
        assertTrue(result.heldOutL1()[0] > 1e-4, "held-out l1 " + result.heldOutL1()[0]);
    }

    @Test
    void theSameSeedGivesTheSameNetworks() {
        BarrierTraining first = train(TestSystems.OSCILLATOR_1D, 3);
        BarrierTraining second = train(TestSystems.OSCILLATOR_1D, 3);
        assertArrayEquals(first.model().parameters(), second.model().parameters());
    }

    @Test
    void aTrainedSetEvaluatesThroughTheOrdinaryModel() {
        BarrierTraining result = train(TestSystems.OSCILLATOR_1D, 1);
        Samples heldOut = TestSystems.uniform(TestSystems.OSCILLATOR_1D, 400, -1, 1, 2, z -> true, 2);
        double[] l1 = result.model().l1PerNetworkAt(heldOut.points(), heldOut.rates());
        // the model's layout and the trainer's must agree: the same losses from both evaluations
        assertEquals(result.heldOutL1()[0], l1[0], 1e-6 * Math.max(l1[0], 1e-12) + 1e-15);
    }
}
