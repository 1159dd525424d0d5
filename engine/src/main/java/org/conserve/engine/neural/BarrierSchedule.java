package org.conserve.engine.neural;

import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;

/**
 * The interior-point path of {@link BarrierTrainer}: the barrier weights w, from the first to the last
 * by a constant factor, and each stage's budget of dense-BFGS iterations. A set of n networks is trained
 * at each weight in turn, warm-started from the previous stage.
 *
 * @param firstWeight      w of the first stage (where the barrier still dominates: networks far apart)
 * @param lastWeight       w of the last stage (> 0: the barrier never vanishes, so networks never merge)
 * @param factor           ratio of consecutive weights (&gt; 1)
 * @param iterationsPerStage dense-BFGS iterations at most per stage (a stage also ends when it stalls)
 * @param firstNetworkIterations iterations at most for the first network alone (no barrier)
 */
public record BarrierSchedule(double firstWeight, double lastWeight, double factor, int iterationsPerStage,
                              int firstNetworkIterations) {

    /**
     * Weights 1e-2 to 1e-8 by factors of 100, 1000 iterations a stage, 3000 for the first network alone.
     * Why these: docs/decisions/barrier-training.md.
     */
    public static BarrierSchedule defaults() {
        return new BarrierSchedule(1e-2, 1e-8, 100, 1000, 3000);
    }

    public BarrierSchedule {
        if (!(firstWeight > 0) || !(lastWeight > 0) || lastWeight > firstWeight || Double.isInfinite(firstWeight)) {
            throw new EngineException(EngineError.INVALID_ARGUMENT, "barrier weights must satisfy 0 < last <= first"
                    + " < infinity, got " + firstWeight + " and " + lastWeight, "barrierWeight", lastWeight);
        }
        if (!(factor > 1) || Double.isInfinite(factor)) {
            throw new EngineException(EngineError.INVALID_ARGUMENT, "the barrier factor must be a finite number > 1, got "
                    + factor, "barrierFactor", factor);
        }
        if (iterationsPerStage < 1 || firstNetworkIterations < 1) {
            throw new EngineException(EngineError.INVALID_ARGUMENT, "iterations per stage must be at least 1, got "
                    + Math.min(iterationsPerStage, firstNetworkIterations), "iterations",
                    Math.min(iterationsPerStage, firstNetworkIterations));
        }
    }

    /** The weights of the stages, first to last. */
    public double[] weights() {
        java.util.List<Double> weights = new java.util.ArrayList<>();
        for (double w = firstWeight; w > lastWeight * (1 + 1e-9); w /= factor) {
            weights.add(w);
        }
        weights.add(lastWeight);
        return weights.stream().mapToDouble(Double::doubleValue).toArray();
    }

    public BarrierSchedule withIterations(int perStage, int firstNetwork) {
        return new BarrierSchedule(firstWeight, lastWeight, factor, perStage, firstNetwork);
    }
}
