package org.conserve.app.gui.task;

/** Calls listeners once per displayed frame, on the UI thread. */
public interface FrameClock {
    /** Calls {@code listener} on every frame until the returned subscription is closed. */
    Subscription onEachFrame(Runnable listener);

    /** Stops a listener. */
    @FunctionalInterface
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
