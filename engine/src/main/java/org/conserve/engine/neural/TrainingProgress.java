package org.conserve.engine.neural;

import java.time.Duration;

/**
 * A progress report during training.
 *
 * @param stage        current stage
 * @param step         step within the stage (1-based)
 * @param stageSteps   step budget of the stage
 * @param loss         l1 + lambda l2 on the current batch
 * @param l1           conservation loss (mean over networks)
 * @param l2           independence loss
 * @param l1PerNetwork conservation loss of each network
 * @param elapsed      time since training started
 * @param remaining    estimated time to the end of all stages' budgets
 */
public record TrainingProgress(
        TrainingStage stage,
        int step,
        int stageSteps,
        double loss,
        double l1,
        double l2,
        double[] l1PerNetwork,
        Duration elapsed,
        Duration remaining) {

    public TrainingProgress {
        l1PerNetwork = l1PerNetwork.clone();
    }

    @Override
    public double[] l1PerNetwork() {
        return l1PerNetwork.clone();
    }
}
