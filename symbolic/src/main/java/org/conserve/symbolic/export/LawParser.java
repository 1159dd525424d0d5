package org.conserve.symbolic.export;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.conserve.symbolic.SymjaSession;
import org.conserve.symbolic.expr.ExpressionException;
import org.conserve.symbolic.expr.ExpressionParser;
import org.conserve.symbolic.expr.Scope;
import org.conserve.symbolic.expr.SymbolRole;
import org.conserve.symbolic.expr.SymbolTable;
import org.conserve.symbolic.file.Parameter;
import org.conserve.symbolic.file.SystemDefinition;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Reads a law written in a system's own names (Symja's input form, as the discovery reports it) back
 * into a Symja expression over the system's symbols, with Conserve's own parser (never Symja's), and
 * evaluates it to canonical form on the Symja thread with a time limit. Stateless.
 */
final class LawParser {
    private static final Duration LIMIT = Duration.ofSeconds(10);

    private LawParser() {
    }

    /** @throws IllegalArgumentException naming the law and the mistake if it is not in the file's language */
    static IExpr parse(SystemDefinition definition, String law) {
        SymbolTable symbols = definition.symbols();
        Map<ISymbol, Double> values = new HashMap<>();
        Map<ISymbol, IExpr> exact = new HashMap<>();
        for (Parameter parameter : definition.parameters()) {
            values.put(symbols.symbol(parameter.name()), parameter.value().numeric());
            exact.put(symbols.symbol(parameter.name()), parameter.value().value());
        }
        Scope scope = symbols.isPde()
                ? Scope.of(symbols, values, "a law", SymbolRole.FIELD, SymbolRole.FIELD_DERIVATIVE, SymbolRole.PARAMETER)
                : Scope.of(symbols, values, "a law", SymbolRole.VARIABLE, SymbolRole.PARAMETER);
        IExpr parsed;
        try {
            parsed = ExpressionParser.parseArithmetic(law, scope).expression();
        } catch (ExpressionException e) {
            throw new IllegalArgumentException("law '" + law + "' at offset " + e.offset() + ": " + e.getMessage(), e);
        }
        // A parameter stands for its exact value, as in the canonical equations the law was proved on.
        IExpr valued = parsed.replaceAll(e -> e instanceof ISymbol s && exact.containsKey(s) ? exact.get(s) : F.NIL)
                .orElse(parsed);
        return SymjaSession.get().call(() -> SymjaSession.get().engine().evalQuiet(valued), LIMIT);
    }
}
