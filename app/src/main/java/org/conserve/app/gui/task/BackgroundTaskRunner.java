package org.conserve.app.gui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs tasks on daemon worker threads (a closed window must not keep the process alive) and delivers
 * their outcomes through a UI executor, normally {@code Platform::runLater}.
 */
public final class BackgroundTaskRunner implements TaskRunner {
    private final ExecutorService workers;
    private final Executor uiThread;

    public BackgroundTaskRunner(Executor uiThread) {
        this.uiThread = uiThread;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "conserve-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
    }

    @Override
    public <T> TaskHandle run(String name, BackgroundWork<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        workers.execute(() -> {
            if (cancelled.get()) {
                return;
            }
            String previousName = Thread.currentThread().getName();
            Thread.currentThread().setName(previousName + " (" + name + ")");
            try {
                T result = work.call(cancelled::get);
                uiThread.execute(() -> deliver(result, onSuccess, onFailure));
            } catch (Exception | LinkageError | AssertionError failure) {
                uiThread.execute(() -> onFailure.accept(failure));
            } finally {
                Thread.currentThread().setName(previousName);
            }
        });
        return new TaskHandle() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    /** A failure while showing a result is reported like a failure of the work itself. */
    private static <T> void deliver(T result, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        try {
            onSuccess.accept(result);
        } catch (RuntimeException | LinkageError | AssertionError failure) {
            onFailure.accept(failure);
        }
    }

    /** Stops accepting tasks; running ones finish on their daemon threads. */
    public void shutdown() {
        workers.shutdownNow();
    }
}
