package org.conserve.symbolic.compile;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.conserve.symbolic.SymbolicError;
import org.conserve.symbolic.SymbolicException;
import org.conserve.symbolic.SymjaSession;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The constant-coefficient linear part of a PDE's rate: for {@code u_t = F(jet)} with fields f and
 * x-derivative orders k, {@code linear[target][source][k] = dF_target / d(d^k u_source / dx^k)} at the
 * zero jet. Pseudo-spectral integrators treat this part exactly (see the engine's PdeSystem).
 *
 * <p>The derivatives are exact (Symja's D, then every jet symbol set to 0, then N); an entry that is not
 * a finite real number (e.g. a rate with 1/u) is 0, which leaves that term to the explicit part.
 *
 * <p>Thread-safety: callable from any thread (the Symja work is serialised on the session).
 */
public final class LinearPart {
    /** Time allowed for all derivatives of one system. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(20);

    private LinearPart() {
    }

    /** {@link #of(List, List, Duration)} with {@link #DEFAULT_LIMIT}. */
    public static double[][][] of(List<? extends IExpr> rates, List<? extends List<ISymbol>> jet) {
        return of(rates, jet, DEFAULT_LIMIT);
    }

    /**
     * The linear part, {@code [fields][fields][maxOrder + 1]}.
     *
     * @param rates one rate expression per field, in field order
     * @param jet   {@code jet.get(f).get(k)} is the symbol of field f differentiated k times; every field
     *              lists orders 0 .. maxOrder
     * @throws SymbolicException {@link SymbolicError#TIMEOUT} past {@code limit}
     */
    public static double[][][] of(List<? extends IExpr> rates, List<? extends List<ISymbol>> jet, Duration limit) {
        int fields = jet.size();
        if (rates.size() != fields) {
            throw new IllegalArgumentException(rates.size() + " rates for " + fields + " fields");
        }
        int orders = jet.get(0).size();
        for (List<ISymbol> field : jet) {
            if (field.size() != orders) {
                throw new IllegalArgumentException("every field needs the same derivative orders");
            }
        }
        List<IExpr> rateList = List.copyOf(rates);
        List<List<ISymbol>> jetList = jet.stream().map(List::copyOf).toList();
        return SymjaSession.get().call(() -> compute(rateList, jetList, orders), limit);
    }

    private static double[][][] compute(List<IExpr> rates, List<List<ISymbol>> jet, int orders) {
        EvalEngine engine = SymjaSession.get().engine();
        Map<IExpr, IExpr> zeroJet = new HashMap<>();
        jet.forEach(field -> field.forEach(symbol -> zeroJet.put(symbol, F.C0)));
        int fields = jet.size();
        double[][][] linear = new double[fields][fields][orders];
        for (int target = 0; target < fields; target++) {
            IExpr rate = rates.get(target);
            for (int source = 0; source < fields; source++) {
                for (int k = 0; k < orders; k++) {
                    ISymbol symbol = jet.get(source).get(k);
                    if (!rate.isFree(symbol)) {
                        linear[target][source][k] = atZero(engine, engine.evaluate(F.D(rate, symbol)), zeroJet);
                    }
                }
            }
        }
        return linear;
    }

    private static double atZero(EvalEngine engine, IExpr derivative, Map<IExpr, IExpr> zeroJet) {
        IExpr value = engine.evalN(derivative.replaceAll(zeroJet).orElse(derivative));
        if (!value.isReal()) {
            return 0;
        }
        double number = value.evalf();
        return Double.isFinite(number) ? number : 0;
    }
}
