package org.conserve.app.gui.task;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Carries values from a worker to the UI at most once per frame: the worker {@link #post}s as often as
 * it likes (one atomic write, never a {@code Platform.runLater} per iteration), and each frame the
 * newest value not yet shown is handed to the consumer. Intermediate values are dropped on purpose.
 */
public final class LatestValue<T> {
    private final AtomicReference<T> pending = new AtomicReference<>();
    private final Consumer<? super T> consumer;
    private final FrameClock.Subscription subscription;

    /** Subscribes to {@code clock}; call from the UI thread. */
    public LatestValue(FrameClock clock, Consumer<? super T> consumer) {
        this.consumer = consumer;
        this.subscription = clock.onEachFrame(this::deliver);
    }

    /** Any thread: replaces the value waiting for the next frame. */
    public void post(T value) {
        pending.set(value);
    }

    /** Stops listening to frames, after handing over a value still waiting. UI thread. */
    public void close() {
        deliver();
        subscription.close();
    }

    private void deliver() {
        T value = pending.getAndSet(null);
        if (value != null) {
            consumer.accept(value);
        }
    }
}
