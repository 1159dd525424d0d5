package org.conserve.app.gui.task;

/** Work that runs off the UI thread and returns a result. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T call(TaskContext context) throws Exception;
}
