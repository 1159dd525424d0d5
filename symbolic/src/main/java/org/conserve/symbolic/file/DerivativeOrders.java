package org.conserve.symbolic.file;

import org.conserve.symbolic.expr.DeclaredSymbol;
import org.conserve.symbolic.expr.SymbolTable;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** The highest x-derivative order of a field that occurs in an expression (a walk, no evaluation). */
final class DerivativeOrders {
    private DerivativeOrders() {
    }

    static int max(IExpr expression, SymbolTable symbols) {
        if (expression instanceof ISymbol symbol) {
            return symbols.declared(symbol).map(DeclaredSymbol::order).orElse(0);
        }
        int max = 0;
        if (expression instanceof IAST ast) {
            for (int i = 1; i <= ast.argSize(); i++) {
                max = Math.max(max, max(ast.get(i), symbols));
            }
        }
        return max;
    }
}
