package org.conserve.symbolic.expr;

/** Lexical tokens of the expression language. */
enum TokenKind {
    NUMBER, NAME,
    PLUS("+"), MINUS("-"), TIMES("*"), DIVIDE("/"), POWER("^"),
    OPEN_PAREN("("), CLOSE_PAREN(")"), OPEN_BRACKET("["), CLOSE_BRACKET("]"), COMMA(","),
    LESS("<"), LESS_EQUAL("<="), GREATER(">"), GREATER_EQUAL(">="),
    AND("&&"), OR("||"), NOT("!"),
    END;

    private final String symbol;

    TokenKind() {
        this(null);
    }

    TokenKind(String symbol) {
        this.symbol = symbol;
    }

    /** The operator text, or null for numbers, names and the end. */
    String symbol() {
        return symbol;
    }

    boolean isComparison() {
        return this == LESS || this == LESS_EQUAL || this == GREATER || this == GREATER_EQUAL;
    }
}
