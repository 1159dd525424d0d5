package org.conserve.app.cli;

/** A mistake in the command's arguments that picocli cannot see (a value out of range, a missing file). */
final class UserInputException extends RuntimeException {
    UserInputException(String message) {
        super(message);
    }
}
