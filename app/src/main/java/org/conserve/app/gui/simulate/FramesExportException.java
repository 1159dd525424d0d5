package org.conserve.app.gui.simulate;

/** A frame export that cannot be done as asked; the message says why and what to change. */
public final class FramesExportException extends Exception {
    public FramesExportException(String message) {
        super(message);
    }
}
