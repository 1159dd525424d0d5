package org.conserve.app.gui.task;

import java.util.function.Consumer;

/**
 * Runs work away from the UI thread and hands its outcome back on the UI thread. View models take a
 * runner so that tests can run everything on the calling thread ({@link CurrentThreadTaskRunner}).
 */
public interface TaskRunner {

    /**
     * Starts {@code work}; exactly one of the callbacks is later called on the UI thread (none when the
     * task was cancelled before it began).
     *
     * @param name      what the task does, for thread names and logs
     * @param work      the work; it should look at {@link TaskContext#isCancelled()} now and then
     * @param onSuccess receives the result
     * @param onFailure receives whatever the work threw
     */
    <T> TaskHandle run(String name, BackgroundWork<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure);
}
