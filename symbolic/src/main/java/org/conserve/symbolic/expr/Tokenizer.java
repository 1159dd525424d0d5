package org.conserve.symbolic.expr;

import org.conserve.symbolic.ProblemKind;

/**
 * Splits an expression into tokens. Everything outside the language is refused here, with its
 * position and a reason, so that definitions, rules, strings, lists, pure functions and file
 * operators never reach the parser, let alone Symja.
 */
final class Tokenizer {
    /** Longer texts are refused: a system file's formulas are short. */
    static final int MAX_LENGTH = 10_000;

    private final String text;
    private int position;

    private Tokenizer(String text) {
        this.text = text;
    }

    /** A tokenizer over {@code text}; tokens are read one at a time, so the first mistake in reading order is reported. */
    static Tokenizer of(String text) {
        if (text.length() > MAX_LENGTH) {
            throw malformed(0, "expression longer than " + MAX_LENGTH + " characters");
        }
        return new Tokenizer(text);
    }

    /** The next token; {@link TokenKind#END} (repeatedly) at the end. @throws ExpressionException for text outside the language */
    Token next() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        int start = position;
        if (start == text.length()) {
            return new Token(TokenKind.END, "", start, start);
        }
        char c = text.charAt(start);
        if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
            return number(start);
        }
        if (isLetter(c)) {
            return name(start);
        }
        return operator(start, c);
    }

    private Token number(int start) {
        skipDigits();
        if (peek(0) == '.') {
            position++;
            skipDigits();
        }
        char e = peek(0);
        if (e == 'e' || e == 'E') {
            int sign = (peek(1) == '+' || peek(1) == '-') ? 1 : 0;
            if (isDigit(peek(1 + sign))) {
                position += 1 + sign;
                skipDigits();
            }
        }
        if (peek(0) == '.') {
            throw malformed(position, "a number has at most one decimal point");
        }
        return token(TokenKind.NUMBER, start);
    }

    private Token name(int start) {
        while (isLetter(peek(0)) || isDigit(peek(0)) || peek(0) == '_') {
            position++;
        }
        return token(TokenKind.NAME, start);
    }

    private Token operator(int start, char c) {
        char d = peek(1);
        switch (c) {
            case '+': return single(TokenKind.PLUS, start);
            case '-':
                if (d == '>') {
                    throw malformed(start, "rules (->) are not allowed: files are data, not programs");
                }
                return single(TokenKind.MINUS, start);
            case '*':
                if (d == '*') {
                    throw malformed(start, "'**' is not allowed; write powers with ^");
                }
                return single(TokenKind.TIMES, start);
            case '/':
                return slash(start, d);
            case '^':
                if (d == '^') {
                    throw malformed(start, "'^^' (numbers in another base) is not allowed");
                }
                return single(TokenKind.POWER, start);
            case '(': return single(TokenKind.OPEN_PAREN, start);
            case ')': return single(TokenKind.CLOSE_PAREN, start);
            case '[': return single(TokenKind.OPEN_BRACKET, start);
            case ']': return single(TokenKind.CLOSE_BRACKET, start);
            case ',': return single(TokenKind.COMMA, start);
            case '<': return comparison(start, d, TokenKind.LESS, TokenKind.LESS_EQUAL, "<<", "file input (<<)");
            case '>': return comparison(start, d, TokenKind.GREATER, TokenKind.GREATER_EQUAL, ">>", "file output (>>)");
            case '&':
                if (d == '&') {
                    return pair(TokenKind.AND, start);
                }
                throw malformed(start, "pure functions (&) are not allowed: files are data, not programs");
            case '|':
                if (d == '|') {
                    return pair(TokenKind.OR, start);
                }
                throw malformed(start, "'|' is not allowed; 'or' is written ||");
            case '!':
                if (d == '=') {
                    throw malformed(start, "'!=' is not allowed; only the comparisons < <= > >= are");
                }
                return single(TokenKind.NOT, start);
            case '=':
                if (d == '=') {
                    throw malformed(start, "'==' is not allowed; only the comparisons < <= > >= are");
                }
                throw malformed(start, "assignments (=) are not allowed: files are data, not programs");
            case ':':
                throw malformed(start, d == '='
                        ? "definitions (:=) are not allowed: files are data, not programs"
                        : "':' is not allowed in an expression");
            case ';':
                throw malformed(start, "';' is not allowed: an expression is a single formula, not a program");
            case '"':
                throw malformed(start, "strings are not allowed in an expression");
            case '{':
            case '}':
                throw malformed(start, "lists ({...}) are not allowed in an expression");
            case '#':
                throw malformed(start, "pure functions (#) are not allowed: files are data, not programs");
            case '@':
                throw malformed(start, "'@' (function application) is not allowed: files are data, not programs");
            case '_':
                throw malformed(start, "patterns (_) are not allowed: files are data, not programs");
            case '.':
                throw malformed(start, "'.' is not allowed here; a decimal number is written like 0.5");
            default:
                throw malformed(start, "character '" + describe(c) + "' is not allowed in an expression");
        }
    }

    private Token slash(int start, char d) {
        if (d == '/') {
            throw malformed(start, "'//' (postfix application) is not allowed: files are data, not programs");
        }
        if (d == '.' && !isDigit(peek(2))) {
            throw malformed(start, "replacement rules (/.) are not allowed: files are data, not programs");
        }
        if (d == '@' || d == ';' || d == ':') {
            throw malformed(start, "'/" + d + "' is not allowed: files are data, not programs");
        }
        return single(TokenKind.DIVIDE, start);
    }

    private Token comparison(int start, char d, TokenKind strict, TokenKind orEqual, String doubled, String what) {
        if (d == '=') {
            return pair(orEqual, start);
        }
        if (text.startsWith(doubled, start)) {
            throw malformed(start, what + " is not allowed: files are data, not programs");
        }
        if (d == '>' || d == '|') {
            throw malformed(start, "'" + text.charAt(start) + d + "' is not allowed in an expression");
        }
        return single(strict, start);
    }

    private Token single(TokenKind kind, int start) {
        position = start + 1;
        return token(kind, start);
    }

    private Token pair(TokenKind kind, int start) {
        position = start + 2;
        return token(kind, start);
    }

    private Token token(TokenKind kind, int start) {
        return new Token(kind, text.substring(start, position), start, position);
    }

    private void skipDigits() {
        while (isDigit(peek(0))) {
            position++;
        }
    }

    private char peek(int ahead) {
        int index = position + ahead;
        return index < text.length() ? text.charAt(index) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static String describe(char c) {
        return c < ' ' ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    static ExpressionException malformed(int offset, String message) {
        return new ExpressionException(ProblemKind.MALFORMED_EXPRESSION, offset, message);
    }
}
