package org.conserve.engine.discovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;
import org.conserve.engine.neural.TrainingConfig;
import org.conserve.engine.neural.TrainingListener;
import org.conserve.engine.system.Box;
import org.conserve.engine.system.Interval;
import org.conserve.engine.system.OdeSystem;
import org.conserve.engine.system.PointFilter;
import org.conserve.engine.system.VectorField;
import org.junit.jupiter.api.Test;

class DiscoveryTest {

    /** A small, fast budget: enough for the 1D oscillator's one law. */
    static Discovery small() {
        TrainingConfig training = TrainingConfig.defaults().withArchitecture(16, 2, TrainingConfig.defaults().activation())
                .withAdam(200, 1e-2, 1e-4, 0).withLbfgs(60, 20, 0.0).withReportEvery(50);
        return Discovery.defaults().withSamples(200).withSeed(7).withTraining(training);
    }

    static OdeSystem planar(String name, VectorField field) {
        return new OdeSystem(name, "", List.of("x", "p"), field,
                new Box(List.of(new Interval(-1, 1), new Interval(-1, 1))), PointFilter.ALL, OptionalInt.empty(),
                List.of());
    }

    static VectorField field(java.util.function.BiConsumer<double[], double[]> f) {
        return new VectorField() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public void evaluate(double[] state, double[] rate) {
                f.accept(state, rate);
            }
        };
    }

    static final OdeSystem OSCILLATOR = planar("oscillator", field((z, r) -> {
        r[0] = z[1];
        r[1] = -z[0];
    }));

    @Test
    void findsTheOneLawOfTheHarmonicOscillatorOnHeldOutPoints() {
        List<DiscoveryStage> stages = new ArrayList<>();
        NeuralResult result = small().run(OSCILLATOR, new DiscoveryListener() {
            @Override
            public void onStage(DiscoveryStage stage, String detail) {
                stages.add(stage);
            }
        });
        assertEquals(1, result.count(), result.independence().toString());
        assertTrue(result.confidence() > 0.9, result.independence().toString());
        assertTrue(result.gap() > 1e3, "gap " + result.gap());
        assertEquals(2, result.networks());
        assertEquals(List.of(DiscoveryStage.SAMPLING, DiscoveryStage.TRAINING, DiscoveryStage.COUNTING,
                DiscoveryStage.DONE), stages);
        assertEquals(new SampleCounts(200, 200, 0, 0, 200), result.samples());
        assertEquals(7L, result.provenance().seed());
        assertEquals(7L, result.model().seed());
        assertTrue(!result.stopped());
    }

    @Test
    void judgesTheNetworksOnTheHeldOutPointsNotOnTheTrainingPoints() {
        Discovery discovery = small();
        NeuralResult result = discovery.run(OSCILLATOR);
        // the training points are the sampler's draw with the run's seed: redraw them and re-measure there
        org.conserve.engine.sampling.SampleSet training = new org.conserve.engine.sampling.OdeSampler()
                .sample(OSCILLATOR, 200, 7);
        double[] onTraining = result.model().l1PerNetworkAt(training.points(), training.rates());
        double[] reported = result.conservationLoss();
        for (int i = 0; i < reported.length; i++) {
            assertTrue(reported[i] < Discovery.DEFAULT_CONSERVATION_TOLERANCE, "held-out l1 " + reported[i]);
            // beyond rounding: a different set of points, not the same sum in another order
            assertTrue(Math.abs(reported[i] - onTraining[i]) > 1e-3 * onTraining[i], "network " + i
                    + ": the reported l1 " + reported[i] + " is the training l1 " + onTraining[i]);
        }
    }

    @Test
    void sameSeedGivesTheSameSpectrum() {
        Discovery quick = small().withTraining(small().training().withAdam(50, 1e-2, 1e-3, 0).withLbfgs(10, 5, 0.0));
        NeuralResult first = quick.run(OSCILLATOR);
        NeuralResult second = quick.run(OSCILLATOR);
        assertArrayEquals(first.explainedRatios(), second.explainedRatios(), 0.0);
        assertArrayEquals(first.conservationLoss(), second.conservationLoss(), 0.0);
    }

    @Test
    void dropsAndCountsPointsWhereTheFieldIsNotFinite() {
        OdeSystem singular = planar("singular", field((z, r) -> {
            r[0] = z[1];
            r[1] = z[0] > 0.5 ? Double.NaN : -z[0];
        }));
        Discovery quick = small().withTraining(small().training().withAdam(5, 1e-2, 1e-3, 0).withLbfgs(0, 5, 0.0));
        NeuralResult result = quick.run(singular);
        assertEquals(200, result.samples().used());
        assertTrue(result.samples().droppedNonFinite() > 30, "dropped " + result.samples().droppedNonFinite());
    }

    @Test
    void refusesAFieldThatIsZeroEverywhere() {
        OdeSystem still = planar("still", field((z, r) -> {
            r[0] = 0;
            r[1] = 0;
        }));
        EngineException failure = assertThrows(EngineException.class, () -> small().run(still));
        assertEquals(EngineError.ZERO_FIELD, failure.getMessage() == null ? null : failure.key());
    }

    @Test
    void refusesFewerSamplesThanDimensions() {
        EngineException failure = assertThrows(EngineException.class, () -> small().withSamples(1).run(OSCILLATOR));
        assertEquals(EngineError.INVALID_ARGUMENT, failure.key());
        assertTrue(failure.getMessage().contains("samples"), failure.getMessage());
    }

    @Test
    void aStoppedRunReturnsALabelledPartialResult() {
        NeuralResult result = small().run(OSCILLATOR, new DiscoveryListener() {
            @Override
            public Action onProgress(org.conserve.engine.neural.TrainingProgress progress) {
                return TrainingListener.Action.STOP;
            }
        });
        assertTrue(result.stopped());
        assertEquals(50, result.model().adamStepsDone());
        assertEquals(2, result.networks());
    }

    @Test
    void aDampedOscillatorHasNoConservedNetworkToCount() {
        OdeSystem damped = planar("damped", field((z, r) -> {
            r[0] = z[1];
            r[1] = -z[0] - 0.5 * z[1];
        }));
        NeuralResult result = small().withTraining(small().training().withAdam(100, 1e-2, 1e-4, 0).withLbfgs(20, 20, 0.0).withRestarts(0, 1e-2))
                .run(damped);
        assertEquals(0, result.count(), () -> java.util.Arrays.toString(result.conservationLoss()));
        assertEquals(0, result.conservedNetworks().length);
        assertTrue(result.conservationLoss()[0] > Discovery.DEFAULT_CONSERVATION_TOLERANCE);
    }
}
