package org.conserve.symbolic.expr;

import org.matheclipse.core.interfaces.IExpr;

/**
 * A parsed subexpression while parsing.
 *
 * @param expression the Symja expression built so far
 * @param condition  true for a condition (comparison, &&, ||, !), false for a number
 * @param constant   its double value when it contains no variable or field, else null
 * @param start      0-based offset of its first character
 */
record Node(IExpr expression, boolean condition, Double constant, int start) {

    static Node condition(IExpr expression, int start) {
        return new Node(expression, true, null, start);
    }

    boolean isConstant() {
        return constant != null;
    }
}
