package org.conserve.engine.discovery;

import org.conserve.engine.neural.TrainingListener;
import org.conserve.engine.neural.TrainingProgress;

/**
 * Follows a discovery run: the stage it entered, and every training report (which, as for
 * {@link TrainingListener}, may ask to stop; a stopped run still counts the laws of the networks
 * trained so far and returns them as a partial result labelled {@link NeuralResult#stopped()}).
 *
 * <p>Called on the thread that runs the discovery; keep the calls short.
 */
public interface DiscoveryListener extends TrainingListener {

    /** A listener that ignores everything and never stops. */
    DiscoveryListener NONE = new DiscoveryListener() {
    };

    /** The run entered {@code stage}; {@code detail} says what it is about to do, for a person. */
    default void onStage(DiscoveryStage stage, String detail) {
    }

    @Override
    default Action onProgress(TrainingProgress progress) {
        return Action.CONTINUE;
    }
}
