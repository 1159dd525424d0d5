package org.conserve.app.gui.task;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.animation.AnimationTimer;

/** The JavaFX pulse as a {@link FrameClock}: one animation timer that runs while anyone listens. */
public final class FxFrameClock implements FrameClock {
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            for (Runnable listener : listeners) {
                listener.run();
            }
        }
    };

    /** Must be called on the JavaFX thread, as must closing the subscription. */
    @Override
    public Subscription onEachFrame(Runnable listener) {
        listeners.add(listener);
        if (listeners.size() == 1) {
            timer.start();
        }
        return () -> {
            if (listeners.remove(listener) && listeners.isEmpty()) {
                timer.stop();
            }
        };
    }
}
