package org.conserve.app.gui.task;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A frame clock that ticks only when told to: tests decide when a frame passes. */
public final class ManualFrameClock implements FrameClock {
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Override
    public Subscription onEachFrame(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** One frame: every listener runs once. */
    public void tick() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    public int listenerCount() {
        return listeners.size();
    }
}
