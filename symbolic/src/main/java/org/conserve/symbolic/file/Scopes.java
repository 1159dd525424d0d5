package org.conserve.symbolic.file;

import java.util.Map;

import org.conserve.symbolic.expr.Scope;
import org.conserve.symbolic.expr.SymbolRole;
import org.conserve.symbolic.expr.SymbolTable;
import org.matheclipse.core.interfaces.ISymbol;

/** The names each place of a system file may use. */
final class Scopes {
    final Scope equations;
    final Scope where;
    final Scope constants;
    final Scope initial;
    final Scope laws;
    final Scope density;
    final Scope hints;

    Scopes(SymbolTable table, Map<ISymbol, Double> parameters) {
        boolean pde = table.isPde();
        equations = pde
                ? Scope.of(table, parameters, "an equation", SymbolRole.FIELD, SymbolRole.FIELD_DERIVATIVE, SymbolRole.PARAMETER)
                : Scope.of(table, parameters, "an equation", SymbolRole.VARIABLE, SymbolRole.PARAMETER);
        where = Scope.of(table, parameters, "sampling.where", SymbolRole.VARIABLE, SymbolRole.PARAMETER);
        constants = Scope.of(table, parameters, "a constant", SymbolRole.PARAMETER);
        initial = pde
                ? Scope.of(table, parameters, "an initial field (a function of x)", SymbolRole.SPACE, SymbolRole.PARAMETER)
                : Scope.of(table, parameters, "an initial value", SymbolRole.PARAMETER);
        laws = pde
                ? Scope.of(table, parameters, "an expected density", SymbolRole.FIELD, SymbolRole.FIELD_DERIVATIVE, SymbolRole.PARAMETER)
                : Scope.of(table, parameters, "an expected law", SymbolRole.VARIABLE, SymbolRole.PARAMETER);
        density = Scope.of(table, parameters, "density", SymbolRole.FIELD, SymbolRole.FIELD_DERIVATIVE);
        hints = Scope.of(table, parameters, "a search hint", SymbolRole.VARIABLE, SymbolRole.PARAMETER);
    }
}
