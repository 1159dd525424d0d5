package org.conserve.app.gui.laws;

/** A law detail that cannot be shown, for a reason the message gives in the user's terms. */
final class LawDetailException extends RuntimeException {
    LawDetailException(String message) {
        super(message);
    }

    LawDetailException(String message, Throwable cause) {
        super(message, cause);
    }
}
