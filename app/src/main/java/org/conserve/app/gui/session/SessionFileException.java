package org.conserve.app.gui.session;

/** A session file that cannot be read: the message names the file and what was expected. */
public final class SessionFileException extends Exception {
    public SessionFileException(String message) {
        super(message);
    }

    public SessionFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
