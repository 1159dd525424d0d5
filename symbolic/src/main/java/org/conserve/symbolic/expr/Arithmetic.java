package org.conserve.symbolic.expr;

import java.util.List;

import org.conserve.symbolic.ProblemKind;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.INumber;

/**
 * Builds the Symja form of each operator and keeps the double value of constant parts, refusing a
 * constant that is not a finite real number.
 */
final class Arithmetic {
    private Arithmetic() {
    }

    static Node negate(Node node) {
        Double value = node.isConstant() ? -node.constant() : null;
        IExpr negated = node.expression() instanceof INumber number ? number.negate() : F.Times(F.CN1, node.expression());
        return new Node(negated, false, value, node.start());
    }

    static Node reciprocal(Node node) {
        Double value = node.isConstant() ? 1 / node.constant() : null;
        return new Node(F.Power(node.expression(), F.CN1), false, value, node.start());
    }

    static Node plus(List<Node> terms) {
        IExpr[] expressions = terms.stream().map(Node::expression).toArray(IExpr[]::new);
        Double value = 0.0;
        for (Node term : terms) {
            value = value == null || !term.isConstant() ? null : value + term.constant();
        }
        return new Node(F.Plus(expressions), false, value, terms.get(0).start());
    }

    static Node times(List<Node> factors) {
        IExpr[] expressions = factors.stream().map(Node::expression).toArray(IExpr[]::new);
        Double value = 1.0;
        for (Node factor : factors) {
            value = value == null || !factor.isConstant() ? null : value * factor.constant();
        }
        return new Node(F.Times(expressions), false, value, factors.get(0).start());
    }

    static Node power(Node base, Node exponent, int offset) {
        Double value = null;
        if (base.isConstant() && exponent.isConstant()) {
            if (base.constant() == 0 && exponent.constant() == 0) {
                throw new ExpressionException(ProblemKind.INVALID_VALUE, offset, "0^0 is undefined");
            }
            value = Math.pow(base.constant(), exponent.constant());
        }
        return new Node(F.Power(base.expression(), exponent.expression()), false, value, base.start());
    }

    static IExpr compare(TokenKind operator, IExpr left, IExpr right) {
        return switch (operator) {
            case LESS -> F.Less(left, right);
            case LESS_EQUAL -> F.LessEqual(left, right);
            case GREATER -> F.Greater(left, right);
            case GREATER_EQUAL -> F.GreaterEqual(left, right);
            default -> throw new IllegalArgumentException("not a comparison: " + operator);
        };
    }

    /** Refuses a constant that is infinite or not real, at {@code offset}, naming {@code what} it is. */
    static Node check(Node node, int offset, String what) {
        if (node.isConstant() && !Double.isFinite(node.constant())) {
            String problem = Double.isNaN(node.constant())
                    ? " is not a real number"
                    : " is infinite or too large (beyond 1e308; a division by zero?)";
            throw new ExpressionException(ProblemKind.INVALID_VALUE, offset, what + problem);
        }
        return node;
    }
}
