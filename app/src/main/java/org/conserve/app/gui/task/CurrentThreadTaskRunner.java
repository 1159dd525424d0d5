package org.conserve.app.gui.task;

import java.util.function.Consumer;

/** Runs each task at once on the calling thread: view-model tests need neither threads nor a toolkit. */
public final class CurrentThreadTaskRunner implements TaskRunner {

    @Override
    public <T> TaskHandle run(String name, BackgroundWork<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call(() -> false);
        } catch (Exception | LinkageError | AssertionError failure) {
            onFailure.accept(failure);
            return TaskHandle.NONE;
        }
        onSuccess.accept(result);
        return TaskHandle.NONE;
    }
}
