package org.conserve.symbolic.proof;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

import org.conserve.engine.system.Box;
import org.conserve.engine.system.PointFilter;
import org.conserve.engine.system.VectorField;
import org.conserve.symbolic.SymjaSession;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
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
        return prove(law, variables, rates, () -> session.call(
                () -> numericResidual(evaluatedGradient(law, variables), variables, rates, box, where),
                ProofOptions.NUMERIC_LIMIT));
    }

    /**
     * Checks one candidate law, with the numeric check done in plain Java by {@code gradient} and
     * {@code field} (for laws whose gradient is already at hand, as in the law search).
     */
    public ProofResult prove(IExpr law, List<ISymbol> variables, List<IExpr> rates, Box box, PointFilter where,
                             NumericGradient gradient, VectorField field) {
        return prove(law, variables, rates, () -> numericResidual(gradient, field, box, where));
    }

    /**
     * The numeric check alone (no Symja), for when the time for proofs is spent: NUMERIC or
     * REFUTED, with the method saying why no proof was tried.
     */
    public ProofResult checkNumerically(NumericGradient gradient, VectorField field, Box box, PointFilter where,
                                        String why) {
        double measured = numericResidual(gradient, field, box, where);
        ProofStatus status = measured <= options.tolerance() ? ProofStatus.NUMERIC : ProofStatus.REFUTED;
        return new ProofResult(status, measured, "numeric (" + why + ")");
    }

    private ProofResult prove(IExpr law, List<ISymbol> variables, List<IExpr> rates, DoubleSupplier numericCheck) {
        if (variables.size() != rates.size()) {
            throw new IllegalArgumentException("one rate per variable is needed");
        }
        IExpr gradient = evaluatedGradient(law, variables);
        if (((IAST) gradient).forAll((IExpr e) -> e.isZero())) {
            return new ProofResult(ProofStatus.REFUTED, Double.POSITIVE_INFINITY, "constant");
        }
        IExpr residual = session.call(() -> {
            IASTAppendable sum = F.PlusAlloc(variables.size());
            for (int i = 0; i < variables.size(); i++) {
                sum.append(F.Times(gradient.getAt(i + 1), SquareSums.canonical(rates.get(i))));
            }
            return SquareSums.canonical(sum);
        }, ProofOptions.NUMERIC_LIMIT);
        Optional<String> step = SymbolicZero.firstStepGivingZero(session, residual, options.stepLimit());
        if (step.isPresent()) {
            return new ProofResult(ProofStatus.PROVED, 0, step.get());
        }
        double measured = numericCheck.getAsDouble();
        ProofStatus status = measured <= options.tolerance() ? ProofStatus.NUMERIC : ProofStatus.REFUTED;
        return new ProofResult(status, measured, "numeric");
    }

    /** The list {dH/dz_1, ..., dH/dz_d}, evaluated, with sums of squares in canonical form. */
    private IExpr evaluatedGradient(IExpr law, List<ISymbol> variables) {
        return session.call(() -> {
            IExpr canonicalLaw = SquareSums.canonical(law);
            IASTAppendable gradient = F.ListAlloc(variables.size());
            for (ISymbol v : variables) {
                gradient.append(F.D(canonicalLaw, v));
            }
            return SquareSums.canonical(gradient);
        }, ProofOptions.NUMERIC_LIMIT);
    }

    /** Max relative residual with Java evaluators, on the calling thread. */
    private double numericResidual(NumericGradient gradient, VectorField field, Box box, PointFilter where) {
        int d = box.dimension();
        SplittableRandom random = new SplittableRandom(options.seed());
        double[] point = new double[d];
        double[] g = new double[d];
        double[] f = new double[d];
        double worst = 0;
        int used = 0;
        for (int attempt = 0; attempt < 50 * options.samples() && used < options.samples(); attempt++) {
            for (int i = 0; i < d; i++) {
                point[i] = box.interval(i).min() + random.nextDouble() * box.interval(i).width();
            }
            if (!where.accepts(point)) {
                continue;
            }
            gradient.gradient(point, g);
            field.evaluate(point, f);
            double relative = relativeResidual(g, f);
            if (Double.isNaN(relative)) {
                continue;
            }
            worst = Math.max(worst, relative);
            used++;
        }
        return used == 0 ? Double.POSITIVE_INFINITY : worst;
    }

    /** |g . f| / (|g| |f|), or NaN where that is undefined (not finite or vanishing). */
    private static double relativeResidual(double[] g, double[] f) {
        double dot = 0;
        double gradNorm = 0;
        double rateNorm = 0;
        for (int i = 0; i < g.length; i++) {
            dot += g[i] * f[i];
            gradNorm += g[i] * g[i];
            rateNorm += f[i] * f[i];
        }
        double scale = Math.sqrt(gradNorm * rateNorm);
        return Double.isFinite(dot) && Double.isFinite(scale) && scale >= 1e-12 ? Math.abs(dot) / scale : Double.NaN;
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
            double[] g = new double[d];
            double[] f = new double[d];
            for (int i = 0; i < d; i++) {
                g[i] = engine.evalDouble(gradient.getAt(i + 1), e -> values.getOrDefault(e, F.NIL));
                f[i] = engine.evalDouble(rates.get(i), e -> values.getOrDefault(e, F.NIL));
            }
            double relative = relativeResidual(g, f);
            if (Double.isNaN(relative)) {
                continue;
            }
            worst = Math.max(worst, relative);
            used++;
        }
        return used == 0 ? Double.POSITIVE_INFINITY : worst;
    }
}
