package org.conserve.symbolic.proof;

import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Writes every sum of squares {@code L_1^2 + L_2^2 + ...} in one canonical way, choosing for each
 * squared term the sign of L that Symja orders first ((x2 - x1)^2 becomes (x1 - x2)^2). The rewrite
 * is exact, since (-L)^2 = L^2, and lets Symja see that the 1/r_12 of a law and the 1/r_21 of a force
 * are the same expression, so that residuals of N-body laws cancel on expansion. Symja thread only.
 */
final class SquareSums {

    private SquareSums() {
    }

    static IExpr canonical(IExpr expression) {
        EvalEngine engine = EvalEngine.get();
        IExpr evaluated = engine.evaluate(expression);
        return engine.evaluate(rewrite(evaluated, engine));
    }

    private static IExpr rewrite(IExpr e, EvalEngine engine) {
        if (!e.isAST()) {
            return e;
        }
        IASTAppendable copy = F.ast(e.head(), e.argSize());
        for (int i = 1; i <= e.argSize(); i++) {
            copy.append(rewrite(e.getAt(i), engine));
        }
        if (copy.isPower() && copy.exponent().isInteger() && copy.exponent().toIntDefault() == 2) {
            IExpr base = copy.base();
            IExpr negated = engine.evaluate(F.Negate(base));
            if (negated.compareTo(base) < 0) {
                return F.Power(negated, F.C2);
            }
        }
        return copy;
    }
}
