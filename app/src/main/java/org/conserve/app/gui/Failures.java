package org.conserve.app.gui;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.conserve.app.cli.LogFiles;
import org.conserve.engine.EngineException;
import org.conserve.symbolic.SymbolicError;
import org.conserve.symbolic.SymbolicException;

/**
 * Turns any failure into a {@link UserMessage}. User mistakes (a bad file, a missing file) get a plain
 * message; anything unexpected is written with its stack trace to the log file, and the message names
 * that file.
 */
public final class Failures {
    private final Path logFile;

    public Failures(Path logFile) {
        this.logFile = logFile;
    }

    /** Logs to {@link LogFiles#logFile()}. */
    public static Failures standard() {
        return new Failures(LogFiles.logFile());
    }

    public Path logFile() {
        return logFile;
    }

    /**
     * What to tell the user about {@code failure} while doing {@code action} (a phrase such as
     * "open the file"). Unexpected failures are logged first.
     */
    public UserMessage describe(String action, Throwable failure) {
        if (failure instanceof NoSuchFileException missing) {
            return UserMessage.error("Could not " + action + ": " + missing.getFile() + " does not exist.",
                    "Check the name and folder, then try again.");
        }
        if (failure instanceof AccessDeniedException denied) {
            return UserMessage.error("Could not " + action + ": no permission for " + denied.getFile() + ".",
                    "Choose a folder you can write to, or change the file's permissions.");
        }
        if (failure instanceof SymbolicException symbolic && isUserMistake(symbolic)) {
            String first = symbolic.problems().isEmpty() ? symbolic.getMessage()
                    : symbolic.problems().get(0).format();
            return UserMessage.error("Could not " + action + ": " + first,
                    "Fix the system file in the editor; every problem is listed there.");
        }
        if (failure instanceof EngineException engine) {
            log(failure);
            return UserMessage.error("Could not " + action + ": " + engine.getMessage(),
                    "Try a smaller time step or another initial state. Details are in " + logFile + ".");
        }
        if (failure instanceof IOException io) {
            log(failure);
            return UserMessage.error("Could not " + action + ": " + describeIo(io),
                    "Check the disk and the file, then try again. Details are in " + logFile + ".");
        }
        log(failure);
        return UserMessage.error("Could not " + action + " because of an internal error ("
                        + failure.getClass().getSimpleName() + ").",
                "Please report it with the log file " + logFile + ".");
    }

    private static boolean isUserMistake(SymbolicException exception) {
        return exception.key() == SymbolicError.INVALID_SYSTEM_FILE
                || exception.key() == SymbolicError.UNREADABLE_FILE
                || exception.key() == SymbolicError.SEARCH_TOO_LARGE;
    }

    private static String describeIo(IOException io) {
        return io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage();
    }

    /** Appends the stack trace to the log; a log that cannot be written must not hide the message. */
    public void log(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Files.writeString(logFile, Instant.now() + " [app] " + trace + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | SecurityException ignored) {
            // Nothing better to do: the user already gets the message.
        }
    }
}
