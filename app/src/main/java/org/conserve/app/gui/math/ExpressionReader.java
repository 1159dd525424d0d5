package org.conserve.app.gui.math;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the system-file expression grammar into a {@link Node} tree for display only. Throws
 * {@link IllegalArgumentException} on anything it does not understand; validation proper (with
 * positions and messages) is the symbolic module's parser.
 */
final class ExpressionReader {
    private final String text;
    private int position;

    ExpressionReader(String text) {
        this.text = text;
    }

    Node read() {
        Node node = or();
        skipSpaces();
        if (position != text.length()) {
            throw new IllegalArgumentException("unexpected '" + text.charAt(position) + "'");
        }
        return node;
    }

    private Node or() {
        Node left = and();
        while (accept("||")) {
            left = new Node.Binary("||", left, and());
        }
        return left;
    }

    private Node and() {
        Node left = not();
        while (accept("&&")) {
            left = new Node.Binary("&&", left, not());
        }
        return left;
    }

    private Node not() {
        if (peek() == '!' && !lookingAt("!=")) {
            position++;
            return new Node.Not(not());
        }
        return comparison();
    }

    private Node comparison() {
        Node left = sum();
        for (String op : List.of("<=", ">=", "==", "!=", "<", ">")) {
            if (accept(op)) {
                return new Node.Binary(op, left, sum());
            }
        }
        return left;
    }

    private Node sum() {
        Node left = product();
        while (true) {
            char c = peek();
            if (c == '+' || c == '-') {
                position++;
                left = new Node.Binary(String.valueOf(c), left, product());
            } else {
                return left;
            }
        }
    }

    private Node product() {
        Node left = unary();
        while (true) {
            char c = peek();
            if (c == '*' || c == '/') {
                position++;
                left = new Node.Binary(String.valueOf(c), left, unary());
            } else if (startsOperand(c)) {
                left = new Node.Binary("*", left, power()); // juxtaposition: 2 x, 2x
            } else {
                return left;
            }
        }
    }

    private Node unary() {
        char c = peek();
        if (c == '-') {
            position++;
            return new Node.Negate(unary());
        }
        if (c == '+') {
            position++;
            return unary();
        }
        return power();
    }

    private Node power() {
        Node base = primary();
        if (peek() == '^') {
            position++;
            return new Node.Binary("^", base, unary());
        }
        return base;
    }

    private Node primary() {
        char c = peek();
        if (c == '(') {
            position++;
            Node inner = or();
            expect(')');
            return inner;
        }
        if (Character.isDigit(c) || c == '.') {
            return number();
        }
        if (Character.isLetter(c)) {
            String name = name();
            char open = peek();
            if (open == '(' || open == '[') {
                position++;
                List<Node> arguments = new ArrayList<>();
                arguments.add(or());
                while (peek() == ',') {
                    position++;
                    arguments.add(or());
                }
                expect(open == '(' ? ')' : ']');
                return new Node.Call(name, arguments);
            }
            return new Node.Name(name);
        }
        throw new IllegalArgumentException(c == 0 ? "unexpected end" : "unexpected '" + c + "'");
    }

    private Node number() {
        int start = position;
        while (position < text.length() && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.')) {
            position++;
        }
        if (position < text.length() && (text.charAt(position) == 'e' || text.charAt(position) == 'E')) {
            int exponent = position + 1;
            if (exponent < text.length() && (text.charAt(exponent) == '-' || text.charAt(exponent) == '+')) {
                exponent++;
            }
            if (exponent < text.length() && Character.isDigit(text.charAt(exponent))) {
                position = exponent;
                while (position < text.length() && Character.isDigit(text.charAt(position))) {
                    position++;
                }
                return scientific(text.substring(start, position));
            }
        }
        return new Node.Number(text.substring(start, position));
    }

    private static Node scientific(String literal) {
        int e = Math.max(literal.indexOf('e'), literal.indexOf('E'));
        String exponent = literal.substring(e + 1);
        if (exponent.startsWith("+")) {
            exponent = exponent.substring(1);
        }
        return new Node.Number(literal.substring(0, e) + " \\cdot 10^{" + exponent + "}");
    }

    private String name() {
        int start = position;
        while (position < text.length()
                && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
            position++;
        }
        return text.substring(start, position);
    }

    private boolean startsOperand(char c) {
        return c == '(' || Character.isLetterOrDigit(c) || c == '.';
    }

    private void expect(char closing) {
        if (peek() != closing) {
            throw new IllegalArgumentException("expected '" + closing + "'");
        }
        position++;
    }

    private boolean accept(String operator) {
        if (lookingAt(operator)) {
            position += operator.length();
            return true;
        }
        return false;
    }

    private boolean lookingAt(String operator) {
        skipSpaces();
        return text.startsWith(operator, position);
    }

    private char peek() {
        skipSpaces();
        return position < text.length() ? text.charAt(position) : 0;
    }

    private void skipSpaces() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }
}
