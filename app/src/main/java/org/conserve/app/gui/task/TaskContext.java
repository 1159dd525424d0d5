package org.conserve.app.gui.task;

/** What running work may ask about its own task. */
@FunctionalInterface
public interface TaskContext {
    /** True once someone asked the task to stop; the work should then return soon. */
    boolean isCancelled();
}
