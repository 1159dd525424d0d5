package org.conserve.symbolic.expr;

import org.matheclipse.core.interfaces.IExpr;

/**
 * A validated expression of a system file.
 *
 * @param source     the text as written in the file
 * @param line       1-based line of its first character in the file
 * @param column     1-based column of its first character in the file
 * @param parametric the expression as written, parameters still symbols (for sliders and display);
 *                   not evaluated
 * @param expression the canonical form: parameters replaced by their exact values and evaluated by
 *                   Symja (only the heads of the expression language occur in it)
 */
public record ParsedExpression(String source, int line, int column, IExpr parametric, IExpr expression) {
}
