package org.conserve.app.gui.task;

/** A started task. */
public interface TaskHandle {
    /** Asks the task to stop; the work sees it through {@link TaskContext#isCancelled()}. */
    void cancel();

    boolean isCancelled();

    /** A handle for nothing running, so callers never need null checks. */
    TaskHandle NONE = new TaskHandle() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
