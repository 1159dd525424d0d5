package org.conserve.app.gui.task;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.animation.AnimationTimer;

/**
 * The JavaFX pulse as a {@link FrameClock}: one animation timer that runs while anyone listens. It
 * measures the processor time its listeners take on the JavaFX thread per frame, the work that could
 * make the window stutter (tests assert it stays small).
 */
public final class FxFrameClock implements FrameClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile long longestFrameCpuNanos;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (Runnable listener : listeners) {
                listener.run();
            }
            long spent = THREADS.getCurrentThreadCpuTime() - start;
            if (spent > longestFrameCpuNanos) {
                longestFrameCpuNanos = spent;
            }
        }
    };

    /** The most processor time the listeners took in one frame since the last reset. */
    public long longestFrameCpuNanos() {
        return longestFrameCpuNanos;
    }

    public void resetMeasurement() {
        longestFrameCpuNanos = 0;
    }

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
