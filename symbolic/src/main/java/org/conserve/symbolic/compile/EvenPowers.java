package org.conserve.symbolic.compile;

import java.util.ArrayList;
import java.util.List;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTMutable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IInteger;

/**
 * Rewrites {@code (-a + b)^(2k)} as {@code (a - b)^(2k)}, so that a sum and its negative under an even
 * power become one shared subexpression. Symja's canonical form keeps both: the 3-body field has
 * {@code ((x1-x2)^2 + (y1-y2)^2)^(3/2)} in the equations of body 1 and {@code ((-x1+x2)^2 + ...)} in
 * those of body 2; after this rewrite each pair distance is computed once per point.
 *
 * <p>The choice between the two signs is the one whose terms, in Symja's order, start with a term that
 * has no negative coefficient. It only reads and builds expression trees (no evaluation).
 */
final class EvenPowers {
    private EvenPowers() {
    }

    static IExpr normalize(IExpr expression) {
        if (!expression.isAST() || expression.isNumber()) {
            return expression;
        }
        IAST ast = (IAST) expression;
        IASTMutable copy = null;
        for (int i = 1; i <= ast.argSize(); i++) {
            IExpr argument = ast.get(i);
            IExpr normal = normalize(argument);
            if (normal != argument) {
                if (copy == null) {
                    copy = ast.copy();
                }
                copy.set(i, normal);
            }
        }
        IExpr result = copy == null ? expression : copy;
        if (isEvenPowerOfSum(result) && startsNegative((IAST) result.base())) {
            return F.Power(negated((IAST) result.base()), result.exponent());
        }
        return result;
    }

    private static boolean isEvenPowerOfSum(IExpr expression) {
        if (!expression.isPower() || !expression.base().isPlus() || !expression.exponent().isInteger()) {
            return false;
        }
        return ((IInteger) expression.exponent()).isEven();
    }

    private static boolean startsNegative(IAST sum) {
        return hasNegativeCoefficient(sum.arg1());
    }

    private static boolean hasNegativeCoefficient(IExpr term) {
        if (term.isReal()) {
            return term.isNegative();
        }
        return term.isTimes() && term.first().isReal() && term.first().isNegative();
    }

    /** -sum, term by term, with the terms in Symja's canonical order. */
    private static IExpr negated(IAST sum) {
        List<IExpr> terms = new ArrayList<>(sum.argSize());
        for (IExpr term : sum) {
            terms.add(negatedTerm(term));
        }
        terms.sort(IExpr::compareTo);
        return F.Plus(terms.toArray(IExpr[]::new));
    }

    private static IExpr negatedTerm(IExpr term) {
        if (term.isReal()) {
            return term.negate();
        }
        if (term.isTimes() && term.first().isReal()) {
            IAST product = (IAST) term;
            IExpr coefficient = product.arg1().negate();
            if (!coefficient.isOne()) {
                return product.setAtCopy(1, coefficient);
            }
            return product.argSize() == 2 ? product.arg2() : product.removeAtCopy(1);
        }
        return F.Times(F.CN1, term);
    }
}
