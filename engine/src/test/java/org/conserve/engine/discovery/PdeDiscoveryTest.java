package org.conserve.engine.discovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;
import org.conserve.engine.neural.DensityData;
import org.conserve.engine.neural.DensityLayout;
import org.conserve.engine.neural.TrainingListener;
import org.conserve.engine.sampling.ExampleSystems;
import org.conserve.engine.sampling.PdeSamplingSettings;
import org.conserve.engine.system.Jet;
import org.conserve.engine.system.PdeSystem;
import org.junit.jupiter.api.Test;

class PdeDiscoveryTest {
    private static final PdeSamplingSettings SMALL = new PdeSamplingSettings(16, 3, 1, 0);

    /** KdV on a 32-point grid with densities of u alone: mass u and momentum u^2 (h''' = 0). */
    private static PdeSystem kdvOfU() {
        PdeSystem kdv = ExampleSystems.kdv(-10, 10, 32);
        return new PdeSystem("KdV (u)", "", kdv.jet(), kdv.grid(), kdv.rate(), kdv.linear(), List.of(0),
                java.util.OptionalInt.empty(), List.of());
    }

    private static PdeDiscovery small(long seed) {
        return PdeDiscovery.defaults().withSeed(seed).withHeldOutStates(8)
                .withTraining(PdeDiscovery.defaultTraining().withAdam(100, 1e-2, 1e-4, 8).withLbfgs(150, 20, 0.0));
    }

    @Test
    void countsTwoLawsForKdvWithDensitiesOfUAlone() {
        NeuralResult result = small(1).run(kdvOfU(), SMALL);
        assertEquals(3, result.networks());
        assertEquals(2, result.count(), result.independence().toString());
        assertEquals(32, result.dimension());
        for (double l1 : result.conservationLoss()) {
            assertTrue(l1 < PdeDiscovery.DEFAULT_CONSERVATION_TOLERANCE, "held-out l1 " + l1);
        }
        assertTrue(result.gap() > 1e3, "gap " + result.gap());
    }

    @Test
    void sameSeedGivesTheSameNetworks() {
        PdeDiscovery quick = small(4).withTraining(small(4).training().withAdam(20, 1e-2, 1e-4, 8)
                .withLbfgs(10, 20, 0.0));
        NeuralResult first = quick.run(kdvOfU(), SMALL);
        NeuralResult second = quick.run(kdvOfU(), SMALL);
        assertArrayEquals(first.model().parameters(), second.model().parameters(), 0.0);
        assertArrayEquals(first.explainedRatios(), second.explainedRatios(), 0.0);
    }

    @Test
    void aStopReturnsAPartialResult() {
        DiscoveryListener stopAtOnce = new DiscoveryListener() {
            @Override
            public Action onProgress(org.conserve.engine.neural.TrainingProgress progress) {
                return TrainingListener.Action.STOP;
            }
        };
        PdeDiscovery discovery = small(2).withTraining(small(2).training().withReportEvery(5));
        NeuralResult result = discovery.run(kdvOfU(), SMALL, stopAtOnce);
        assertTrue(result.stopped());
        assertEquals(5, result.model().adamStepsDone());
        assertEquals(0, result.model().lbfgsStepsDone());
    }

    @Test
    void anEquationThatIsZeroEverywhereIsRefused() {
        Jet jet = new Jet(List.of("u"), 1);
        PdeSystem still = ExampleSystems.pde("still", jet, kdvOfU().grid(), (j, r) -> r[0] = 0,
                new double[][][] {{{0, 0}}}, List.of(0, 1));
        EngineException failure = assertThrows(EngineException.class, () -> small(1).run(still, SMALL));
        assertEquals(EngineError.ZERO_FIELD, failure.key());
    }

    @Test
    void noStatesAndBadCountsAreRefusedWithTheirKeys() {
        DensityLayout layout = DensityLayout.of(kdvOfU());
        EngineException empty = assertThrows(EngineException.class,
                () -> new DensityData(layout, new double[0][][], new double[0][]));
        assertEquals(EngineError.NO_SAMPLES, empty.key());
        EngineException negative = assertThrows(EngineException.class, () -> PdeDiscovery.defaults().withStates(-1));
        assertEquals(EngineError.INVALID_ARGUMENT, negative.key());
        EngineException noFeatures = assertThrows(EngineException.class,
                () -> new DensityLayout(layout.grid(), layout.jet(), List.of()));
        assertEquals(EngineError.INVALID_ARGUMENT, noFeatures.key());
    }

    @Test
    void trainingGridIsCoarsenedToTenPointsPerModeButNeverRefined() {
        assertEquals(64, PdeDiscovery.trainingPoints(256, 6));
        assertEquals(64, PdeDiscovery.trainingPoints(256, 4));
        assertEquals(32, PdeDiscovery.trainingPoints(256, 3));
        assertEquals(24, PdeDiscovery.trainingPoints(24, 6));
        assertEquals(128, PdeDiscovery.trainingPoints(512, 10));
    }
}
