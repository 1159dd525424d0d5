package org.conserve.symbolic;

import java.util.List;

/**
 * The one unchecked exception of the symbolic module. Callers branch on {@link #key()}; an invalid
 * system file carries its problems, each with file, line and column.
 */
public class SymbolicException extends RuntimeException {
    private final SymbolicError key;
    private final List<SourceProblem> problems;

    public SymbolicException(SymbolicError key, String message) {
        this(key, message, List.of(), null);
    }

    public SymbolicException(SymbolicError key, String message, Throwable cause) {
        this(key, message, List.of(), cause);
    }

    public SymbolicException(SymbolicError key, String message, List<SourceProblem> problems, Throwable cause) {
        super(message, cause);
        this.key = key;
        this.problems = List.copyOf(problems);
    }

    public SymbolicError key() {
        return key;
    }

    /** The problems of an invalid file, in file order; empty for other keys. */
    public List<SourceProblem> problems() {
        return problems;
    }
}
