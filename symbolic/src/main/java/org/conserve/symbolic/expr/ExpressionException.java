package org.conserve.symbolic.expr;

import org.conserve.symbolic.ProblemKind;

/**
 * A mistake in one expression: what kind, where (0-based offset into the expression's text) and
 * what was expected. The system-file reader turns it into a {@code SourceProblem} at the file's line
 * and column.
 */
public final class ExpressionException extends RuntimeException {
    private final ProblemKind kind;
    private final int offset;

    public ExpressionException(ProblemKind kind, int offset, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.offset = offset;
    }

    public ProblemKind kind() {
        return kind;
    }

    /** 0-based offset into the expression text where the mistake is. */
    public int offset() {
        return offset;
    }
}
