package org.conserve.symbolic;

/**
 * One mistake in a system file, at a 1-based line and column.
 *
 * @param file    the file name as the user gave it
 * @param line    1-based line
 * @param column  1-based column
 * @param kind    what kind of mistake (tests assert this)
 * @param message what is wrong and what was expected, for a person
 */
public record SourceProblem(String file, int line, int column, ProblemKind kind, String message) {

    /** {@code FILE:LINE:COLUMN: message}, the form compilers and editors understand. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
