package org.conserve.symbolic.expr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conserve.symbolic.SymjaSession;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The names a system file declares and the Symja symbols they stand for.
 *
 * <p>Every declared name gets a fresh, uninterned Symja symbol ({@code F.Dummy}) with an internal name
 * (v1, v2, ... for variables, f1, f1x2 (= u_xx of the first field), ... for fields, p1, ... for
 * parameters, xs for the space coordinate). The symbols are distinct objects, not looked up in Symja's
 * global context, so a variable called I, E, N, D, C or Pi is just a variable: it can never mean
 * Symja's built-in of that name, nor clash with a symbol of another table. Undeclared {@code Pi} and
 * {@code E} are Symja's constants (see {@link Scope}).
 *
 * <p>The x-derivatives of PDE fields exist for every order; they are made on first use, always the
 * same symbol for the same field and order. Thread-safety: immutable apart from that cache, which is
 * concurrent; all methods may be called from any thread.
 */
public final class SymbolTable {
    private static final Pattern DERIVATIVE = Pattern.compile("([A-Za-z][A-Za-z0-9]*)_(x+)");
    private static final Duration RENDER_LIMIT = Duration.ofSeconds(10);
    /** The internal names as Symja prints them: v1, p1, f1, f1x2, xs. */
    private static final Pattern INTERNAL_NAME = Pattern.compile("(?<![A-Za-z0-9_$])(v\\d+|p\\d+|f\\d+(x\\d+)?|xs)(?![A-Za-z0-9_$])");

    private final boolean pde;
    private final List<DeclaredSymbol> coordinates;
    private final List<DeclaredSymbol> parameters;
    private final DeclaredSymbol space;
    private final Map<String, DeclaredSymbol> byName = new HashMap<>();
    private final Map<ISymbol, DeclaredSymbol> bySymbol = new ConcurrentHashMap<>();
    private final Map<Long, DeclaredSymbol> derivatives = new ConcurrentHashMap<>();
    private final Map<String, String> userNames = new ConcurrentHashMap<>();

    private SymbolTable(boolean pde, List<String> coordinateNames, List<String> parameterNames) {
        this.pde = pde;
        List<DeclaredSymbol> coordinateList = new ArrayList<>();
        for (int i = 0; i < coordinateNames.size(); i++) {
            coordinateList.add(pde
                    ? declare(coordinateNames.get(i), SymbolRole.FIELD, "f" + (i + 1), i, 0)
                    : declare(coordinateNames.get(i), SymbolRole.VARIABLE, "v" + (i + 1), i, 0));
        }
        List<DeclaredSymbol> parameterList = new ArrayList<>();
        for (int i = 0; i < parameterNames.size(); i++) {
            parameterList.add(declare(parameterNames.get(i), SymbolRole.PARAMETER, "p" + (i + 1), i, 0));
        }
        coordinates = Collections.unmodifiableList(coordinateList);
        parameters = Collections.unmodifiableList(parameterList);
        space = pde ? declare("x", SymbolRole.SPACE, "xs", 0, 0) : null;
    }

    /**
     * A table for an ODE: its variables and parameters in file order. Names must be distinct
     * (the file validator reports duplicates before it builds a table).
     */
    public static SymbolTable forOde(List<String> variables, List<String> parameters) {
        return new SymbolTable(false, variables, parameters);
    }

    /** A table for a PDE: its fields and parameters in file order, plus the space coordinate x. */
    public static SymbolTable forPde(List<String> fields, List<String> parameters) {
        return new SymbolTable(true, fields, parameters);
    }

    private DeclaredSymbol declare(String name, SymbolRole role, String internalName, int index, int order) {
        DeclaredSymbol declared = new DeclaredSymbol(name, role, F.Dummy(internalName), index, order);
        if (byName.putIfAbsent(name, declared) != null) {
            throw new IllegalArgumentException("name declared twice: " + name);
        }
        bySymbol.put(declared.symbol(), declared);
        userNames.put(internalName, name);
        return declared;
    }

    public boolean isPde() {
        return pde;
    }

    /** The variables (ODE) or fields (PDE) in file order. */
    public List<DeclaredSymbol> coordinates() {
        return coordinates;
    }

    /** The parameters in file order. */
    public List<DeclaredSymbol> parameters() {
        return parameters;
    }

    /** The space coordinate x of a PDE. */
    public Optional<DeclaredSymbol> space() {
        return Optional.ofNullable(space);
    }

    /**
     * What {@code name} means in this table: a declared variable, field, parameter, x (PDE), or an
     * x-derivative {@code u_x, u_xx, ...} of a declared field (PDE).
     */
    public Optional<DeclaredSymbol> lookup(String name) {
        DeclaredSymbol declared = byName.get(name);
        if (declared != null || !pde) {
            return Optional.ofNullable(declared);
        }
        Matcher matcher = DERIVATIVE.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        DeclaredSymbol field = byName.get(matcher.group(1));
        if (field == null || field.role() != SymbolRole.FIELD) {
            return Optional.empty();
        }
        return Optional.of(derivative(field.index(), matcher.group(2).length()));
    }

    /** The symbol of a declared name. @throws IllegalArgumentException if {@code name} is not declared */
    public ISymbol symbol(String name) {
        return lookup(name).map(DeclaredSymbol::symbol)
                .orElseThrow(() -> new IllegalArgumentException("not a declared name: " + name));
    }

    /** Field {@code field} differentiated {@code order} times in x (order 0 is the field itself). PDE only. */
    public DeclaredSymbol derivative(int field, int order) {
        if (!pde || order < 0) {
            throw new IllegalArgumentException("x-derivatives exist only for PDE fields, with order >= 0");
        }
        DeclaredSymbol base = coordinates.get(field);
        if (order == 0) {
            return base;
        }
        return derivatives.computeIfAbsent(((long) field << 32) | order, key -> {
            String internalName = "f" + (field + 1) + "x" + order;
            DeclaredSymbol made = new DeclaredSymbol(base.name() + "_" + "x".repeat(order),
                    SymbolRole.FIELD_DERIVATIVE, F.Dummy(internalName), field, order);
            bySymbol.put(made.symbol(), made);
            userNames.put(internalName, made.name());
            return made;
        });
    }

    /** The declared name a symbol of this table stands for. */
    public Optional<DeclaredSymbol> declared(ISymbol symbol) {
        return Optional.ofNullable(bySymbol.get(symbol));
    }

    /**
     * The expression in Symja's input form, written with the file's names, e.g. {@code x*py-y*px} or
     * {@code -u_xxx+6*u*u_x}. (Symja's printer lower-cases the names of symbols it makes, so the file's
     * names are put back into the printed text, not into the expression.)
     */
    public String render(IExpr expression) {
        String printed = SymjaSession.get().call(expression::toString, RENDER_LIMIT).replace("\\\n", "");
        Matcher matcher = INTERNAL_NAME.matcher(printed);
        StringBuilder rendered = new StringBuilder();
        while (matcher.find()) {
            String name = userNames.getOrDefault(matcher.group(), matcher.group());
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(name));
        }
        matcher.appendTail(rendered);
        return rendered.toString();
    }
}
