package org.conserve.symbolic.expr;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.conserve.symbolic.ProblemKind;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * What names may appear in one place of a system file (an equation, the where condition, an initial
 * state, a range bound) and what they mean there. A declared name always means what the file declares;
 * undeclared {@code Pi} and {@code E} are the constants; anything else is a mistake with a reason.
 *
 * <p>Immutable and thread-safe.
 */
public final class Scope {
    private static final Pattern DERIVATIVE = Pattern.compile("[A-Za-z][A-Za-z0-9]*_x+");

    private final SymbolTable table;
    private final Set<SymbolRole> allowed;
    private final Map<ISymbol, Double> parameterValues;
    private final String place;

    private Scope(SymbolTable table, Set<SymbolRole> allowed, Map<ISymbol, Double> parameterValues, String place) {
        this.table = table;
        this.allowed = Set.copyOf(allowed);
        this.parameterValues = Map.copyOf(parameterValues);
        this.place = place;
    }

    /**
     * @param table           the file's names
     * @param parameterValues the value of every parameter symbol (used to check constant parts)
     * @param place           where the expression stands, for messages ("an equation", ...)
     * @param allowed         the roles whose names may appear
     */
    public static Scope of(SymbolTable table, Map<ISymbol, Double> parameterValues, String place,
                           SymbolRole... allowed) {
        EnumSet<SymbolRole> roles = EnumSet.noneOf(SymbolRole.class);
        roles.addAll(List.of(allowed));
        return new Scope(table, roles, parameterValues, place);
    }

    public SymbolTable table() {
        return table;
    }

    /** True when {@code name} means something here or could (so {@code name(...)} is a product). */
    boolean knows(String name) {
        return table.lookup(name).isPresent() || name.equals("Pi") || name.equals("E");
    }

    /** The symbol {@code name} stands for here. @throws ExpressionException with the reason */
    IExpr resolve(String name, int offset) {
        Optional<DeclaredSymbol> declared = table.lookup(name);
        if (declared.isPresent()) {
            DeclaredSymbol symbol = declared.get();
            if (allowed.contains(symbol.role())) {
                return symbol.symbol();
            }
            throw new ExpressionException(ProblemKind.UNKNOWN_SYMBOL, offset, "'" + name + "' (" + describe(symbol.role())
                    + ") cannot appear in " + place + "; expected " + expectedNames());
        }
        if (name.indexOf('_') >= 0) {
            throw underscore(name, offset);
        }
        if (name.equals("Pi")) {
            return F.Pi;
        }
        if (name.equals("E")) {
            return F.E;
        }
        throw new ExpressionException(ProblemKind.UNKNOWN_SYMBOL, offset,
                "unknown symbol '" + name + "' in " + place + "; expected " + expectedNames());
    }

    /** The value of a constant symbol (a parameter, Pi, E), or null. */
    Double constantValue(IExpr symbol) {
        if (symbol == F.Pi) {
            return Math.PI;
        }
        if (symbol == F.E) {
            return Math.E;
        }
        return symbol instanceof ISymbol s ? parameterValues.get(s) : null;
    }

    private ExpressionException underscore(String name, int offset) {
        if (!DERIVATIVE.matcher(name).matches()) {
            return Tokenizer.malformed(offset, "'" + name + "': patterns (_) are not allowed; a name is letters and digits"
                    + (table.isPde() ? ", and u_x, u_xx, ... are the x-derivatives of a field u" : ""));
        }
        String base = name.substring(0, name.indexOf('_'));
        String message = table.isPde()
                ? "'" + name + "' is an x-derivative of '" + base + "', which is not a declared field; fields: " + names(table.coordinates())
                : "'" + name + "' is written like an x-derivative, but an ODE has no fields (x-derivatives exist only in PDEs)";
        return new ExpressionException(ProblemKind.UNDECLARED_FIELD_DERIVATIVE, offset, message);
    }

    private String expectedNames() {
        List<String> parts = new ArrayList<>();
        if (allowed.contains(SymbolRole.VARIABLE) && !table.coordinates().isEmpty()) {
            parts.add("a variable (" + names(table.coordinates()) + ")");
        }
        if (allowed.contains(SymbolRole.FIELD) && table.isPde()) {
            parts.add("a field (" + names(table.coordinates()) + ")");
        }
        if (allowed.contains(SymbolRole.FIELD_DERIVATIVE) && table.isPde() && !table.coordinates().isEmpty()) {
            parts.add("an x-derivative (" + table.coordinates().get(0).name() + "_x, "
                    + table.coordinates().get(0).name() + "_xx, ...)");
        }
        if (allowed.contains(SymbolRole.SPACE) && table.isPde()) {
            parts.add("x");
        }
        if (allowed.contains(SymbolRole.PARAMETER) && !table.parameters().isEmpty()) {
            parts.add("a parameter (" + names(table.parameters()) + ")");
        }
        if (allowed.contains(SymbolRole.PARAMETER) || allowed.contains(SymbolRole.VARIABLE) || allowed.contains(SymbolRole.SPACE)) {
            parts.add("a number, Pi or E");
        }
        return String.join(", ", parts);
    }

    private static String describe(SymbolRole role) {
        return switch (role) {
            case VARIABLE -> "a variable";
            case FIELD -> "a field";
            case FIELD_DERIVATIVE -> "an x-derivative";
            case PARAMETER -> "a parameter";
            case SPACE -> "the space coordinate";
        };
    }

    private static String names(List<DeclaredSymbol> symbols) {
        return symbols.stream().map(DeclaredSymbol::name).collect(Collectors.joining(", "));
    }
}
