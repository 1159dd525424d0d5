package org.conserve.engine.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Small seeded trainings of {@link PrecisionTrainer}: precision, the count it decides, reproducibility. */
class PrecisionTrainerTest {

    private static PrecisionTraining train(TestSystems.Field field, long seed) {
        Samples training = TestSystems.uniform(field, 400, -1, 1, 2, z -> true, seed);
        Samples heldOut = TestSystems.uniform(field, 400, -1, 1, 2, z -> true, seed + 1);
        return new PrecisionTrainer(PrecisionTrainer.defaultConfig().withSeed(seed), 1500)
                .train(training, heldOut, TrainingListener.NONE);
    }

    @Test
    void countsTheHarmonicOscillatorsEnergyAtFloat64PrecisionAndRejectsASecondNetwork() {
        PrecisionTraining result = train(TestSystems.OSCILLATOR_1D, 1);
        assertEquals(1, result.count());
        assertEquals(2, result.model().functionCount(), "the rejected network is kept to show its precision");
        NetworkFit energy = result.fits().get(0);
        assertTrue(energy.heldOutL1() <= 1e-8, "energy's held-out l1 " + energy.heldOutL1());
        assertTrue(energy.accepted());
        NetworkFit second = result.fits().get(1);
        // in 2D the part of a gradient orthogonal to a conserved gradient is parallel to f
        assertTrue(second.independentL1() > 0.5, "independent part " + second.independentL1());
        assertFalse(second.accepted());
        assertTrue(result.precisionGap() > 6, "gap " + result.precisionGap());
    }

    @Test
    void findsNoLawOfTheDampedOscillator() {
        PrecisionTraining result = train(TestSystems.DAMPED, 1);
        assertEquals(0, result.count());
        assertTrue(result.fits().get(0).independentL1() > 1e-4, "held-out l1 " + result.fits().get(0).independentL1());
    }

    @Test
    void aHugeNetworkCountTrainsAtMostOneNetworkPerDimension() {
        Samples training = TestSystems.uniform(TestSystems.OSCILLATOR_1D, 400, -1, 1, 2, z -> true, 1);
        Samples heldOut = TestSystems.uniform(TestSystems.OSCILLATOR_1D, 400, -1, 1, 2, z -> true, 2);
        PrecisionTraining result = new PrecisionTrainer(
                PrecisionTrainer.defaultConfig().withSeed(1).withNetworks(2_000_000_000), 1500)
                .train(training, heldOut, TrainingListener.NONE);
        assertEquals(1, result.count());
        assertTrue(result.fits().size() <= 2, "networks tried: " + result.fits().size());
    }

    @Test
    void theSameSeedGivesTheSameNetworks() {
        PrecisionTraining first = train(TestSystems.OSCILLATOR_1D, 3);
        PrecisionTraining second = train(TestSystems.OSCILLATOR_1D, 3);
        assertArrayEquals(first.model().parameters(), second.model().parameters());
    }

    @Test
    void aTrainedNetworkEvaluatesThroughTheOrdinaryModel() {
        PrecisionTraining result = train(TestSystems.OSCILLATOR_1D, 1);
        Samples heldOut = TestSystems.uniform(TestSystems.OSCILLATOR_1D, 400, -1, 1, 2, z -> true, 2);
        double[] l1 = result.model().l1PerNetworkAt(heldOut.points(), heldOut.rates());
        // the model's parameter layout and the trainer's must agree: the same loss from both evaluations
        assertEquals(result.fits().get(0).heldOutL1(), l1[0], 1e-6 * l1[0] + 1e-15);
    }
}
