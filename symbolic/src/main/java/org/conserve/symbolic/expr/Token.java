package org.conserve.symbolic.expr;

/** A token and where it lies in the expression text ([start, end), 0-based). */
record Token(TokenKind kind, String text, int start, int end) {

    /** How the token reads in a message. */
    String describe() {
        return kind == TokenKind.END ? "the end of the expression" : "'" + text + "'";
    }
}
