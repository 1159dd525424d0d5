package org.conserve.engine.neural;

import java.util.List;

/**
 * The outcome of {@link BarrierTrainer}: the networks, the count their precision decided, and the path.
 *
 * @param model          the accepted set's networks, followed by the last network of the first set that was
 *                       not accepted (if one was tried), so that its precision can be shown beside theirs
 * @param count          the size of the largest accepted set: the neural count
 * @param path           every stage of every set, in order
 * @param lastVerdict    the verdict on the last set tried (null if none finished a stage)
 * @param trainingL1     each network's l1 on the training points
 * @param heldOutL1      each network's l1 on the held-out points
 */
public record BarrierTraining(TrainedModel model, int count, List<BarrierStage> path, BarrierVerdict lastVerdict,
                              double[] trainingL1, double[] heldOutL1) {

    public BarrierTraining {
        path = List.copyOf(path);
        trainingL1 = trainingL1.clone();
        heldOutL1 = heldOutL1.clone();
    }

    @Override
    public double[] trainingL1() {
        return trainingL1.clone();
    }

    @Override
    public double[] heldOutL1() {
        return heldOutL1.clone();
    }
}
