package org.conserve.symbolic.proof;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.conserve.symbolic.SymjaSession;
import org.conserve.symbolic.pde.JetVariable;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Checks, independently of the density search, that {@code integral h dx} is conserved by the
 * evolution system {@code u_f,t = F_f}: with {@code D_t h = sum_{f,k} dh/du_{f,k} D_x^k F_f}, Symja
 * computes the Euler operators {@code E_f(D_t h) = sum_k (-D_x)^k d(D_t h)/du_{f,k}} and simplifies
 * each to 0 ({@link ProofStatus#PROVED}). Otherwise they are evaluated at seeded random jet points
 * in [-1, 1] ({@link ProofStatus#NUMERIC} or {@link ProofStatus#REFUTED}). A density whose own
 * Euler operators vanish is a total derivative and is {@linkplain ProofStatus#REFUTED refuted}:
 * it integrates to zero.
 *
 * <p>Thread-safety: immutable; all Symja work goes through the {@link SymjaSession}.
 */
public final class DensityProver {
    /** Jet orders probed when looking for the symbols an expression uses. */
    private static final int MAX_PROBED_ORDER = 24;

    private final SymjaSession session;
    private final ProofOptions options;

    public DensityProver(SymjaSession session, ProofOptions options) {
        this.session = session;
        this.options = options;
    }

    /**
     * Checks one density.
     *
     * @param density h over the jet symbols
     * @param rates   F_f per field over the jet symbols
     * @param symbols the symbol of u_{f,k}; must give a distinct symbol for every f and k asked
     */
    public ProofResult prove(IExpr density, List<IExpr> rates, Function<JetVariable, ISymbol> symbols) {
        int fields = rates.size();
        int densityOrder = highestOrder(List.of(density), fields, symbols);
        int rateOrder = Math.max(0, highestOrder(rates, fields, symbols));
        if (densityOrder < 0) {
            return new ProofResult(ProofStatus.REFUTED, Double.POSITIVE_INFINITY, "constant");
        }
        Calculus calculus = new Calculus(symbols, fields, 2 * (densityOrder + rateOrder) + 1);
        Duration limit = options.stepLimit().multipliedBy(4);
        List<IExpr> ownEuler = session.call(() -> calculus.euler(density, densityOrder), limit);
        if (ownEuler.stream().allMatch(IExpr::isZero)) {
            return new ProofResult(ProofStatus.REFUTED, Double.POSITIVE_INFINITY, "total derivative");
        }
        List<IExpr> residuals = session.call(() -> {
            IExpr rate = calculus.timeDerivative(density, densityOrder, rates);
            return calculus.euler(rate, densityOrder + rateOrder);
        }, limit);
        boolean allZero = true;
        String method = "evaluation";
        for (IExpr residual : residuals) {
            Optional<String> step = SymbolicZero.firstStepGivingZero(session, residual, options.stepLimit());
            allZero &= step.isPresent();
            if (step.isPresent() && !step.get().equals("evaluation")) {
                method = step.get();
            }
        }
        if (allZero) {
            return new ProofResult(ProofStatus.PROVED, 0, method);
        }
        double measured = session.call(() -> numericResidual(residuals, calculus.allSymbols()), ProofOptions.NUMERIC_LIMIT);
        ProofStatus status = measured <= options.tolerance() ? ProofStatus.NUMERIC : ProofStatus.REFUTED;
        return new ProofResult(status, measured, "numeric");
    }

    private static int highestOrder(List<IExpr> expressions, int fields, Function<JetVariable, ISymbol> symbols) {
        int highest = -1;
        for (IExpr e : expressions) {
            for (int f = 0; f < fields; f++) {
                for (int k = 0; k <= MAX_PROBED_ORDER; k++) {
                    if (!e.isFree(symbols.apply(new JetVariable(f, k)))) {
                        highest = Math.max(highest, k);
                    }
                }
            }
        }
        return highest;
    }

    /** Max |E_f| at random jet points in [-1, 1], on the Symja thread. */
    private double numericResidual(List<IExpr> residuals, List<ISymbol> jet) {
        EvalEngine engine = session.engine();
        SplittableRandom random = new SplittableRandom(options.seed());
        Map<IExpr, IExpr> values = new HashMap<>();
        double worst = 0;
        for (int sample = 0; sample < options.samples(); sample++) {
            for (ISymbol s : jet) {
                values.put(s, F.num(2 * random.nextDouble() - 1));
            }
            for (IExpr residual : residuals) {
                double value = engine.evalDouble(residual, e -> values.getOrDefault(e, F.NIL));
                worst = Math.max(worst, Double.isFinite(value) ? Math.abs(value) : Double.POSITIVE_INFINITY);
            }
        }
        return worst;
    }

    /** D_x, D_t and the Euler operator in Symja over a jet of fixed order. Symja thread only. */
    private static final class Calculus {
        private final Function<JetVariable, ISymbol> symbols;
        private final int fields;
        private final int order;

        Calculus(Function<JetVariable, ISymbol> symbols, int fields, int order) {
            this.symbols = symbols;
            this.fields = fields;
            this.order = order;
        }

        private ISymbol u(int field, int k) {
            return symbols.apply(new JetVariable(field, k));
        }

        List<ISymbol> allSymbols() {
            List<ISymbol> all = new ArrayList<>();
            for (int f = 0; f < fields; f++) {
                for (int k = 0; k <= order; k++) {
                    all.add(u(f, k));
                }
            }
            return all;
        }

        private IExpr eval(IExpr e) {
            return EvalEngine.get().evaluate(F.Expand(e));
        }

        IExpr totalDerivative(IExpr g) {
            IASTAppendable sum = F.PlusAlloc(fields * order);
            for (int f = 0; f < fields; f++) {
                for (int k = 0; k < order; k++) {
                    sum.append(F.Times(F.D(g, u(f, k)), u(f, k + 1)));
                }
            }
            return eval(sum);
        }

        IExpr timeDerivative(IExpr h, int densityOrder, List<IExpr> rates) {
            IASTAppendable sum = F.PlusAlloc(fields * (densityOrder + 1));
            for (int f = 0; f < fields; f++) {
                IExpr derivative = eval(rates.get(f));
                for (int k = 0; k <= densityOrder; k++) {
                    sum.append(F.Times(F.D(h, u(f, k)), derivative));
                    derivative = totalDerivative(derivative);
                }
            }
            return eval(sum);
        }

        /** E_f(g) for every field, Horner-style: P_0 - D(P_1 - D(P_2 - ...)). */
        List<IExpr> euler(IExpr g, int highest) {
            List<IExpr> result = new ArrayList<>();
            for (int f = 0; f < fields; f++) {
                IExpr value = F.C0;
                for (int k = highest; k >= 0; k--) {
                    value = eval(F.Subtract(F.D(g, u(f, k)), totalDerivative(value)));
                }
                result.add(value);
            }
            return result;
        }
    }
}
