package org.conserve.symbolic.expr;

import java.util.Map;
import java.util.function.Function;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Replaces symbols in an expression tree without evaluating anything (a plain structural copy, so it
 * is safe on any thread and never runs Symja's evaluator). Heads are kept as they are.
 */
public final class Substitution {
    private Substitution() {
    }

    /** {@code expression} with each symbol s replaced by {@code values.get(s)} where that is present. */
    public static IExpr apply(IExpr expression, Map<? extends ISymbol, ? extends IExpr> values) {
        return apply(expression, symbol -> values.get(symbol));
    }

    /** {@code expression} with each symbol s replaced by {@code replacement.apply(s)} where that is not null. */
    public static IExpr apply(IExpr expression, Function<ISymbol, ? extends IExpr> replacement) {
        if (expression instanceof ISymbol symbol) {
            IExpr value = replacement.apply(symbol);
            return value == null ? expression : value;
        }
        if (expression instanceof IAST ast && ast.argSize() > 0) {
            IASTAppendable copy = F.ast(ast.head(), ast.argSize());
            for (int i = 1; i <= ast.argSize(); i++) {
                copy.append(apply(ast.get(i), replacement));
            }
            return copy;
        }
        return expression;
    }
}
