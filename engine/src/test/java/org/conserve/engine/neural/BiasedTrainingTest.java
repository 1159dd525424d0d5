package org.conserve.engine.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conserve.engine.independence.IndependenceAnalysis;
import org.conserve.engine.independence.IndependenceReport;
import org.junit.jupiter.api.Test;

/** Seeded training with the bodies bias, with a pinned result. */
class BiasedTrainingTest {
    /** Two unit masses on a line joined by a unit spring: z = (x1, x2, p1, p2). */
    private static final TestSystems.Field SPRING_PAIR = (z, f) -> {
        f[0] = z[2];
        f[1] = z[3];
        f[2] = z[1] - z[0];
        f[3] = z[0] - z[1];
    };
    private static final InductiveBias PAIR = new InductiveBias.Bodies(List.of(List.of(0, 2), List.of(1, 3)), 1);
    private static final TrainingConfig SMALL = TrainingConfig.defaults()
            .withArchitecture(16, 2, Activation.SILU)
            .withNetworks(3)
            .withAdam(150, 1e-2, 1e-4, 0)
            .withLbfgs(100, 20, 1e-4)
            .withSeed(5);
    private static final double PINNED_L1 = 9.24e-5;

    @Test
    void findsEnergyAndMomentumOfASpringPairAsSumsOverBodies() {
        Samples samples = TestSystems.uniform(SPRING_PAIR, 150, -1, 1, 4, z -> true, 2);
        TrainedModel model = new ConservationTrainer(SMALL).train(samples, PAIR, TrainingListener.NONE);
        String summary = "l1 " + java.util.Arrays.toString(model.l1PerNetwork()) + ", restarts "
                + model.restartedNetworks() + ", L-BFGS " + model.lbfgsStepsDone();
        assertEquals("bodies", model.bias().name());
        IndependenceReport report = model.countIndependent(IndependenceAnalysis.defaults(),
                TestSystems.uniform(SPRING_PAIR, 300, -1, 1, 4, z -> true, 9).points(), TrainedModel.CONSERVED_L1);
        // E and P; the third law of the pair (relative phase against the centre of mass) is not additive
        assertEquals(2, report.count(), summary + " " + report);
        // pinned both ways: a better result than this band means the test no longer tests this run
        assertTrue(model.l1() > PINNED_L1 / 3 && model.l1() < PINNED_L1 * 3, summary);
    }

    @Test
    void sameSeedGivesBitIdenticalBiasedModels() {
        TrainingConfig quick = SMALL.withAdam(20, 1e-2, 1e-3, 64).withLbfgs(5, 5, 1e-4);
        Samples samples = TestSystems.uniform(SPRING_PAIR, 150, -1, 1, 4, z -> true, 2);
        TrainedModel first = new ConservationTrainer(quick).train(samples, PAIR, TrainingListener.NONE);
        TrainedModel second = new ConservationTrainer(quick).train(samples, PAIR, TrainingListener.NONE);
        assertArrayEquals(first.parameters(), second.parameters());
    }
}
