package org.conserve.symbolic.pde;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Symja symbols for jet coordinates of any order, for computations that need derivatives beyond
 * those a system file declares (D_x^k F, Euler operators). Names are {@code prefix + field + k},
 * e.g. {@code jetu3} for u_xxx; the prefix keeps them apart from user names.
 *
 * <p>Thread-safety: thread-safe; the symbols themselves are only used on the Symja thread.
 */
public final class JetSymbols implements Function<JetVariable, ISymbol> {
    private final List<String> fields;
    private final String prefix;
    private final Map<JetVariable, ISymbol> cache = new ConcurrentHashMap<>();

    public JetSymbols(List<String> fields, String prefix) {
        this.fields = List.copyOf(fields);
        this.prefix = prefix;
    }

    /** Symbols named {@code jet<field><order>}. */
    public static JetSymbols standard(List<String> fields) {
        return new JetSymbols(fields, "jet");
    }

    @Override
    public ISymbol apply(JetVariable variable) {
        return cache.computeIfAbsent(variable,
                v -> F.symbol(prefix + fields.get(v.field()) + v.order()));
    }

    /** The symbol of field {@code field} differentiated {@code order} times. */
    public ISymbol symbol(int field, int order) {
        return apply(new JetVariable(field, order));
    }

    /** The inverse map for the symbols up to {@code maxOrder}. */
    public Map<ISymbol, JetVariable> inverse(int maxOrder) {
        Map<ISymbol, JetVariable> inverse = new java.util.HashMap<>();
        for (int f = 0; f < fields.size(); f++) {
            for (int k = 0; k <= maxOrder; k++) {
                inverse.put(symbol(f, k), new JetVariable(f, k));
            }
        }
        return inverse;
    }
}
