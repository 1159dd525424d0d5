package org.conserve.app.gui.math;

import java.util.List;

/** The expression tree {@link ExpressionReader} builds for display. */
sealed interface Node {
    int OR = 1;
    int AND = 2;
    int NOT = 3;
    int COMPARISON = 4;
    int SUM = 5;
    int PRODUCT = 6;
    int NEGATE = 7;
    int POWER = 8;
    int ATOM = 9;

    /** How tightly the node binds; a child binding less tightly than needed gets parentheses. */
    int precedence();

    record Number(String text) implements Node {
        public int precedence() {
            return ATOM;
        }
    }

    record Name(String text) implements Node {
        public int precedence() {
            return ATOM;
        }
    }

    record Negate(Node operand) implements Node {
        public int precedence() {
            return NEGATE;
        }
    }

    record Not(Node operand) implements Node {
        public int precedence() {
            return NOT;
        }
    }

    record Call(String function, List<Node> arguments) implements Node {
        public int precedence() {
            return ATOM;
        }
    }

    record Binary(String operator, Node left, Node right) implements Node {
        public int precedence() {
            return switch (operator) {
                case "||" -> OR;
                case "&&" -> AND;
                case "+", "-" -> SUM;
                case "*" -> PRODUCT;
                case "/" -> ATOM; // written as a fraction, which needs no parentheses
                case "^" -> POWER;
                default -> COMPARISON;
            };
        }
    }
}
