package org.conserve.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.conserve.engine.EngineException;
import org.conserve.symbolic.SourceProblem;
import org.conserve.symbolic.SymbolicException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into messages and exit codes: a user mistake is a message and exit code 2; anything
 * else is a one-line message naming the log file that holds the details, and exit code 1. A user never
 * sees a stack trace.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (exception instanceof SymbolicException symbolic) {
            return report(symbolic, err);
        }
        if (exception instanceof EngineException engine) {
            return report(engine, err);
        }
        if (exception instanceof UserInputException input) {
            err.println("conserve: " + input.getMessage());
            return ConserveCommand.BAD_INPUT;
        }
        Path log = writeLog(exception);
        err.println("conserve: internal failure: " + exception.getClass().getSimpleName()
                + (exception.getMessage() == null ? "" : ": " + exception.getMessage()));
        err.println("Details are in " + log + "; please include that file when you report the problem.");
        return ConserveCommand.INTERNAL_FAILURE;
    }

    private static int report(SymbolicException exception, PrintWriter err) {
        switch (exception.key()) {
            case INVALID_SYSTEM_FILE -> {
                for (SourceProblem problem : exception.problems()) {
                    err.println(problem.format());
                }
                if (exception.problems().isEmpty()) {
                    err.println("conserve: " + exception.getMessage());
                }
                return ConserveCommand.BAD_INPUT;
            }
            case UNREADABLE_FILE, SEARCH_TOO_LARGE -> {
                err.println("conserve: " + exception.getMessage());
                return ConserveCommand.BAD_INPUT;
            }
            default -> {
                Path log = writeLog(exception);
                err.println("conserve: " + exception.getMessage());
                err.println("Details are in " + log + ".");
                return ConserveCommand.INTERNAL_FAILURE;
            }
        }
    }

    private static int report(EngineException exception, PrintWriter err) {
        err.println("conserve: " + exception.getMessage());
        return switch (exception.key()) {
            case INVALID_ARGUMENT, NO_SAMPLES, ZERO_FIELD, DIVERGED, SIMULATION_FAILED -> ConserveCommand.BAD_INPUT;
            case STOPPED -> ConserveCommand.INTERNAL_FAILURE;
        };
    }

    /** Appends the stack trace to the log file and returns its path. */
    static Path writeLog(Throwable failure) {
        Path log = LogFiles.logFile();
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, Instant.now() + " " + trace + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // The message already went to the user; a log that cannot be written must not hide it.
        }
        return log;
    }
}
