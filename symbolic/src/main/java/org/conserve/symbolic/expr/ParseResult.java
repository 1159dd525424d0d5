package org.conserve.symbolic.expr;

import java.util.OptionalDouble;

import org.matheclipse.core.interfaces.IExpr;

/**
 * What the parser built from one expression.
 *
 * @param expression the Symja expression, unevaluated, with parameters still as symbols
 * @param constant   its value when it depends on no variable, field or x (only on numbers,
 *                   parameters, Pi and E)
 */
public record ParseResult(IExpr expression, OptionalDouble constant) {
}
