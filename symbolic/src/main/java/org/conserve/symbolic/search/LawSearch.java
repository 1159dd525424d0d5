package org.conserve.symbolic.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.conserve.symbolic.SymbolicError;
import org.conserve.symbolic.SymbolicException;
import org.conserve.symbolic.SymjaSession;
import org.conserve.symbolic.pde.Rational;
import org.conserve.symbolic.proof.NumericGradient;
import org.conserve.symbolic.proof.OdeLawProver;
import org.conserve.symbolic.proof.ProofResult;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Finds conserved quantities of an ODE in a candidate basis (the sparse invariant detector of Liu
 * et al., Phys. Rev. E 109, 023301, 2024). {@code H = sum_k c_k b_k} is conserved iff {@code G c = 0}
 * with {@code G_pk = grad b_k(z_p) . f(z_p)} at sample points z_p (rows scaled by 1/|f(z_p)|).
 *
 * <p>For degree D = minDegree, minDegree+1, ...: build the basis ({@link BasisBuilder}), sample G,
 * take its null space and reduce it to sparse rows ({@link NumericNullSpace}), and count the
 * functionally independent laws. Growth stops when the count reaches d - 1 (the most a flow can
 * have), when it stops changing (the previous degree's laws are kept, since higher degrees only add
 * products), at maxDegree, or at the basis size limit. The laws of the chosen degree are then
 * rationalised ({@link Rationals}), proved one by one ({@link OdeLawProver}); refuted ones are
 * dropped, a functionally independent subset is marked, simplest first, and dependent laws that are
 * mere products of the others (P_x^2) are left out ({@link Products}).
 *
 * <p>Thread-safety: immutable; one search may run per thread (Symja work is serialised by the
 * session).
 */
public final class LawSearch {
    private final SymjaSession session;

    public LawSearch(SymjaSession session) {
        this.session = session;
    }

    private record DegreeOutcome(int degree, Basis basis, List<double[]> points, double[][] laws, int count) {
    }

    /**
     * Runs the search.
     *
     * @throws SymbolicException {@link SymbolicError#SEARCH_TOO_LARGE} when even the first degree's
     *                           basis exceeds {@link SearchOptions#maxBasis()}
     */
    public LawSearchResult search(OdeSearchProblem problem, SearchOptions options) {
        long start = System.nanoTime();
        int d = problem.dimension();
        boolean[] positive = new boolean[d];
        for (int i = 0; i < d; i++) {
            positive[i] = problem.box().interval(i).min() >= 0;
        }
        List<BuildingBlock> found = session.call(
                () -> BasisBuilder.blocksOf(problem.rates(), problem.variables(), positive));
        List<BuildingBlock> blocks = session.call(
                () -> BasisBuilder.withHints(found, problem.hints(), problem.variables()));
        DegreeOutcome previous = null;
        DegreeOutcome chosen = null;
        Basis largest = null;
        int largestDegree = 0;
        String note = "";
        long deadline = start + options.budget().toNanos();
        for (int degree = options.minDegree(); degree <= options.maxDegree(); degree++) {
            if (previous != null && System.nanoTime() > deadline) {
                note = "stopped at degree " + previous.degree() + ": the time budget of "
                        + options.budget().toSeconds() + " s was spent";
                break;
            }
            long size = BasisBuilder.size(d, blocks.size(), degree);
            if (size > options.maxBasis()) {
                if (previous == null) {
                    throw new SymbolicException(SymbolicError.SEARCH_TOO_LARGE, "the basis of degree " + degree
                            + " has " + size + " functions, more than the limit of " + options.maxBasis()
                            + "; lower the degree, raise the basis limit, or give hints");
                }
                note = "stopped at degree " + (degree - 1) + ": degree " + degree + " would need " + size
                        + " basis functions (limit " + options.maxBasis() + ")";
                chosen = previous;
                break;
            }
            DegreeOutcome outcome = solve(problem, options, BasisBuilder.build(d, blocks, degree), degree);
            largest = outcome.basis();
            largestDegree = degree;
            if (outcome.count() >= d - 1) {
                chosen = outcome;
                note = "stopped at degree " + degree + ": " + outcome.count() + " independent laws, the most a "
                        + d + "-dimensional flow can have";
                break;
            }
            if (previous != null && outcome.count() == previous.count() && outcome.count() > 0) {
                chosen = previous;
                note = "stopped at degree " + degree + ": no new independent law beyond degree " + previous.degree();
                break;
            }
            previous = outcome;
            chosen = outcome;
            note = "searched up to the maximum degree " + degree;
        }
        List<FoundLaw> laws = prove(problem, options, chosen, deadline);
        if (laws.stream().anyMatch(law -> law.proof().method().startsWith("numeric ("))) {
            note += "; the time budget ran out, so some laws were only checked numerically";
        }
        if (!problem.hints().isEmpty()) {
            note += "; the basis includes " + problem.hints().size() + " hint" + (problem.hints().size() == 1 ? "" : "s")
                    + " from the file";
        }
        Basis searched = largest;
        int searchedDegree = largestDegree;
        return new LawSearchResult(laws, (int) laws.stream().filter(FoundLaw::independent).count(), chosen.degree(),
                session.call(() -> searched.expressions(problem.variables()).stream()
                        .map(e -> session.engine().evaluate(e)).toList()),
                session.call(() -> blocks.stream()
                        .map(b -> session.engine().evaluate(b.toExpression(problem.variables()))).toList()),
                blocks.size() - found.size(), searchedDegree,
                (System.nanoTime() - start) * 1e-9, note);
    }

    private DegreeOutcome solve(OdeSearchProblem problem, SearchOptions options, Basis basis, int degree) {
        int rows = Math.max(3 * basis.size() / 2, basis.size() + 40);
        SplittableRandom random = new SplittableRandom(options.seed());
        int d = problem.dimension();
        double[] z = new double[d];
        double[] f = new double[d];
        double[] scratch = new double[d];
        double[][] g = new double[rows][basis.size()];
        List<double[]> points = new ArrayList<>();
        for (int attempt = 0; points.size() < rows; attempt++) {
            if (attempt > 100 * rows) {
                throw new SymbolicException(SymbolicError.SEARCH_TOO_LARGE, "only " + points.size() + " of "
                        + rows + " sample points were usable: the box or its where condition leaves too little room"
                        + " where f is finite");
            }
            for (int i = 0; i < d; i++) {
                z[i] = problem.box().interval(i).min() + random.nextDouble() * problem.box().interval(i).width();
            }
            if (!problem.where().accepts(z)) {
                continue;
            }
            problem.field().evaluate(z, f);
            double norm = 0;
            for (double x : f) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            if (!(norm > 0 && Double.isFinite(norm)) || !basis.load(z)) {
                continue;
            }
            double[] row = g[points.size()];
            basis.derivativesAlong(f, scratch, row);
            for (int k = 0; k < row.length; k++) {
                row[k] /= norm;
            }
            points.add(z.clone());
        }
        NumericNullSpace.Result nr = NumericNullSpace.of(g, options.nullTolerance());
        double[][] laws = Independence.withoutConstants(nr.laws(), basis, points.subList(0, Math.min(16, points.size())));
        List<double[]> asList = java.util.Arrays.asList(laws);
        int count = laws.length == 0 ? 0
                : Independence.select(asList, basis, points.subList(0, Math.min(32, points.size()))).size();
        return new DegreeOutcome(degree, basis, points, laws, count);
    }

    /** Rationalises, proves and orders the laws of one degree. */
    private List<FoundLaw> prove(OdeSearchProblem problem, SearchOptions options, DegreeOutcome outcome,
                                 long deadline) {
        OdeLawProver prover = new OdeLawProver(session, options.proof());
        record Candidate(double[] coefficients, IExpr expression, ProofResult proof, int terms, int complexity) {
        }
        List<Candidate> kept = new ArrayList<>();
        for (double[] row : outcome.laws()) {
            double[] coefficients = row.clone();
            Optional<Rational[]> exact = LawFormulas.rationalise(coefficients, options.maxDenominator());
            IExpr expression = formula(outcome.basis(), exact, coefficients, problem);
            NumericGradient gradient = gradientOf(outcome.basis(), coefficients);
            ProofResult proof = System.nanoTime() > deadline
                    ? prover.checkNumerically(gradient, problem.field(), problem.box(), problem.where(),
                            "time budget spent")
                    : prover.prove(expression, problem.variables(), problem.rates(), problem.box(), problem.where(),
                            gradient, problem.field());
            if (!proof.isLaw() && exact.isPresent()) {
                // A coefficient may have been recognised as the wrong fraction: keep the measured ones.
                coefficients = row.clone();
                expression = formula(outcome.basis(), Optional.empty(), coefficients, problem);
                gradient = gradientOf(outcome.basis(), coefficients);
                proof = prover.checkNumerically(gradient, problem.field(), problem.box(), problem.where(),
                        "no exact rational form");
            }
            if (proof.isLaw()) {
                int terms = 0;
                int complexity = 0;
                for (int k = 0; k < coefficients.length; k++) {
                    if (coefficients[k] != 0) {
                        terms++;
                        complexity = Math.max(complexity, outcome.basis().function(k).complexity());
                    }
                }
                kept.add(new Candidate(coefficients, expression, proof, terms, complexity));
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::complexity).thenComparingInt(Candidate::terms));
        List<Integer> independent = kept.isEmpty() ? List.of()
                : Independence.select(kept.stream().map(Candidate::coefficients).toList(), outcome.basis(),
                        outcome.points().subList(0, Math.min(32, outcome.points().size())));
        List<double[]> remaining = new ArrayList<>(kept.stream().map(Candidate::coefficients).toList());
        List<double[]> productPoints = outcome.points().subList(0, Math.min(400, outcome.points().size()));
        List<FoundLaw> laws = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Candidate c = kept.get(i);
            boolean independentLaw = independent.contains(i);
            int at = remaining.indexOf(c.coefficients());
            if (!independentLaw && Products.isProductOfOthers(at, remaining, outcome.basis(), productPoints)) {
                remaining.remove(at);
                continue;
            }
            laws.add(new FoundLaw(c.expression(), c.proof(), independentLaw, c.terms()));
        }
        laws.sort(Comparator.comparing((FoundLaw law) -> !law.independent()));
        return laws;
    }

    private IExpr formula(Basis basis, Optional<Rational[]> exact, double[] coefficients, OdeSearchProblem problem) {
        return session.call(() -> session.engine().evaluate(
                LawFormulas.expression(basis, exact, coefficients, problem.variables())));
    }

    /** grad sum_k c_k b_k, from the basis gradients; uses the basis's buffers (one thread). */
    private static NumericGradient gradientOf(Basis basis, double[] c) {
        double[] partial = new double[basis.dimension()];
        return (point, out) -> {
            java.util.Arrays.fill(out, 0);
            if (!basis.load(point)) {
                java.util.Arrays.fill(out, Double.NaN);
                return;
            }
            for (int k = 0; k < c.length; k++) {
                if (c[k] != 0) {
                    basis.gradient(k, partial);
                    for (int i = 0; i < out.length; i++) {
                        out[i] += c[k] * partial[i];
                    }
                }
            }
        };
    }
}
