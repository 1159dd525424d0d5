package org.conserve.symbolic.proof;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.conserve.engine.system.Box;
import org.conserve.engine.system.PointFilter;
import org.conserve.symbolic.SymjaSession;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Checks that H(z) is conserved by dz/dt = f(z): Symja simplifies {@code sum_i dH/dz_i f_i} to 0
 * ({@link ProofStatus#PROVED}); failing that, the relative residual
 * {@code max_p |grad H . f| / (|grad H| |f|)} at seeded points of the box decides between
 * {@link ProofStatus#NUMERIC} and {@link ProofStatus#REFUTED}.
 *
 * <p>Thread-safety: immutable; all Symja work goes through the {@link SymjaSession}.
 */
public final class OdeLawProver {
    private final SymjaSession session;
    private final ProofOptions options;

    public OdeLawProver(SymjaSession session, ProofOptions options) {
        this.session = session;
        this.options = options;
    }

    /**
     * Checks one candidate law.
     *
     * @param law       H over {@code variables}
     * @param variables the state symbols z_1..z_d
     * @param rates     f_1..f_d over the same symbols
     * @param box       where the numeric check samples
     * @param where     which sampled points count
     */
    public ProofResult prove(IExpr law, List<ISymbol> variables, List<IExpr> rates, Box box, PointFilter where) {
        if (variables.size() != rates.size() || box.dimension() != variables.size()) {
            throw new IllegalArgumentException("variables, rates and box disagree on the dimension");
        }
        IASTAppendable gradient = F.ListAlloc(variables.size());
        for (ISymbol v : variables) {
            gradient.append(F.D(law, v));
        }
        IExpr evaluatedGradient = session.call(() -> session.engine().evaluate(gradient), ProofOptions.NUMERIC_LIMIT);
        if (((org.matheclipse.core.interfaces.IAST) evaluatedGradient).forAll((IExpr e) -> e.isZero())) {
            return new ProofResult(ProofStatus.REFUTED, Double.POSITIVE_INFINITY, "constant");
        }
        IASTAppendable residual = F.PlusAlloc(variables.size());
        for (int i = 0; i < variables.size(); i++) {
            residual.append(F.Times(evaluatedGradient.getAt(i + 1), rates.get(i)));
        }
        Optional<String> step = SymbolicZero.firstStepGivingZero(session, residual, options.stepLimit());
        if (step.isPresent()) {
            return new ProofResult(ProofStatus.PROVED, 0, step.get());
        }
        double measured = session.call(() -> numericResidual(evaluatedGradient, variables, rates, box, where),
                ProofOptions.NUMERIC_LIMIT);
        ProofStatus status = measured <= options.tolerance() ? ProofStatus.NUMERIC : ProofStatus.REFUTED;
        return new ProofResult(status, measured, "numeric");
    }

    /** Max relative residual over the accepted sample points; runs on the Symja thread. */
    private double numericResidual(IExpr gradient, List<ISymbol> variables, List<IExpr> rates, Box box,
                                   PointFilter where) {
        EvalEngine engine = session.engine();
        int d = variables.size();
        SplittableRandom random = new SplittableRandom(options.seed());
        double[] point = new double[d];
        Map<IExpr, IExpr> values = new HashMap<>();
        double worst = 0;
        int used = 0;
        for (int attempt = 0; attempt < 50 * options.samples() && used < options.samples(); attempt++) {
            for (int i = 0; i < d; i++) {
                point[i] = box.interval(i).min() + random.nextDouble() * box.interval(i).width();
                values.put(variables.get(i), F.num(point[i]));
            }
            if (!where.accepts(point)) {
                continue;
            }
            double dot = 0;
            double gradNorm = 0;
            double rateNorm = 0;
            boolean finite = true;
            for (int i = 0; i < d && finite; i++) {
                double g = engine.evalDouble(gradient.getAt(i + 1), e -> values.getOrDefault(e, F.NIL));
                double f = engine.evalDouble(rates.get(i), e -> values.getOrDefault(e, F.NIL));
                finite = Double.isFinite(g) && Double.isFinite(f);
                dot += g * f;
                gradNorm += g * g;
                rateNorm += f * f;
            }
            double scale = Math.sqrt(gradNorm * rateNorm);
            if (!finite || scale < 1e-12) {
                continue;
            }
            worst = Math.max(worst, Math.abs(dot) / scale);
            used++;
        }
        return used == 0 ? Double.POSITIVE_INFINITY : worst;
    }
}
