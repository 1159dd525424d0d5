package org.conserve.symbolic.compile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Counts how often each compound subexpression is used by its distinct parents, walking the trees the
 * way {@link NodeCompiler} compiles them (a denominator factor {@code b^-e} counts as {@code b^e}).
 * A subexpression used more than once is worth computing once per point: in Kepler's field
 * {@code (x^2+y^2)^(3/2)} feeds two components, in the 3-body field each pair distance feeds four,
 * in the double pendulum {@code Sin(t1 - t2)} feeds all of them.
 */
final class SharedSubexpressions {
    private SharedSubexpressions() {
    }

    /**
     * Rough cost, in multiplications, below which recomputing is as cheap as storing and loading a
     * temporary (a difference or a square is not worth sharing; a square root or a sine is).
     */
    static final int MINIMUM_WEIGHT = 4;

    /** How often each subexpression worth sharing is used; cheap ones are left out. */
    static Map<IExpr, Integer> count(List<? extends IExpr> roots) {
        Map<IExpr, Integer> uses = new HashMap<>();
        for (IExpr root : roots) {
            visit(root, uses);
        }
        uses.keySet().removeIf(expression -> weight(expression) < MINIMUM_WEIGHT);
        return uses;
    }

    /** Additions and multiplications count 1, squares and cubes 1, other powers and functions 8. */
    static int weight(IExpr expression) {
        if (!expression.isAST() || expression.isNumber()) {
            return 0;
        }
        IAST ast = (IAST) expression;
        int weight;
        if (ast.isPlus() || ast.isTimes()) {
            weight = ast.argSize() - 1;
        } else if (ast.isPower() && (ast.exponent().equals(F.C2) || ast.exponent().equals(F.C3))) {
            weight = 1;
        } else {
            weight = 8;
        }
        for (IExpr argument : ast) {
            weight += weight(argument);
        }
        return weight;
    }

    /** The subtree of an expression seen before is compiled once, so its parts are counted only once. */
    private static void visit(IExpr expression, Map<IExpr, Integer> uses) {
        if (!expression.isAST() || expression.isNumber()) {
            return;
        }
        if (uses.merge(expression, 1, Integer::sum) > 1) {
            return;
        }
        IAST ast = (IAST) expression;
        boolean product = ast.isTimes();
        for (IExpr argument : ast) {
            visit(product && NodeCompiler.isReciprocalFactor(argument) ? NodeCompiler.inverted(argument) : argument,
                    uses);
        }
    }
}
