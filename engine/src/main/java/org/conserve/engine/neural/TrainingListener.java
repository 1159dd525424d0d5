package org.conserve.engine.neural;

/**
 * Receives training progress and says whether to go on (in the manner of Hipparchus' step handlers:
 * a control value, not an exception). Called on the training thread; keep it short and hand work
 * to other threads yourself (a UI should coalesce updates).
 */
@FunctionalInterface
public interface TrainingListener {

    /** What training should do after a report. */
    enum Action {
        CONTINUE,
        STOP
    }

    /** A listener that never stops training. */
    TrainingListener NONE = progress -> Action.CONTINUE;

    Action onProgress(TrainingProgress progress);
}
