package org.conserve.app.gui.laws;

import java.util.HashMap;
import java.util.Map;

import org.conserve.engine.system.ScalarFunction;
import org.conserve.symbolic.SymbolicException;
import org.conserve.symbolic.compile.ExpressionCompiler;
import org.conserve.symbolic.expr.ExpressionParser;
import org.conserve.symbolic.expr.Scope;
import org.conserve.symbolic.expr.SymbolRole;
import org.conserve.symbolic.expr.SymbolTable;
import org.conserve.symbolic.file.Parameter;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemLoader;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A law as the discovery wrote it (Symja input form in the file's names) compiled into a fast function of
 * a state (ODE) or of a jet point (PDE density). It is read with Conserve's own parser, never Symja's;
 * parameters take their numeric values. Only the expression tree is read, so no Symja session is needed.
 * Stateless; thread-safe.
 */
final class LawFunctions {
    private LawFunctions() {
    }

    /**
     * @throws LawDetailException naming the law and the mistake when it is not in the file's language or
     *                             cannot be compiled
     */
    static ScalarFunction compile(SystemDefinition definition, String law) {
        SymbolTable symbols = definition.symbols();
        Map<ISymbol, Double> values = new HashMap<>();
        for (Parameter parameter : definition.parameters()) {
            values.put(symbols.symbol(parameter.name()), parameter.value().numeric());
        }
        Scope scope = symbols.isPde()
                ? Scope.of(symbols, values, "a law", SymbolRole.FIELD, SymbolRole.FIELD_DERIVATIVE, SymbolRole.PARAMETER)
                : Scope.of(symbols, values, "a law", SymbolRole.VARIABLE, SymbolRole.PARAMETER);
        IExpr parsed;
        try {
            parsed = ExpressionParser.parseArithmetic(law, scope).expression();
        } catch (RuntimeException mistake) {
            throw new LawDetailException("cannot read the law '" + law + "': " + mistake.getMessage(), mistake);
        }
        IExpr valued = parsed.replaceAll(e -> e instanceof ISymbol s && values.containsKey(s) ? F.num(values.get(s))
                : F.NIL).orElse(parsed);
        try {
            return ExpressionCompiler.compile(valued, SystemLoader.slots(definition));
        } catch (SymbolicException outside) {
            throw new LawDetailException("cannot evaluate the law '" + law + "': " + outside.getMessage(), outside);
        }
    }
}
