package org.conserve.symbolic.pde;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.conserve.symbolic.SymbolicError;
import org.conserve.symbolic.SymbolicException;

/**
 * Conserved densities of a polynomial evolution system by scaling homogeneity (Goktas and Hereman,
 * J. Symb. Comp. 1997; Poole and Hereman 2011), in exact rational arithmetic.
 *
 * <p>For every rank R up to the limit: build every monomial of rank R in the allowed jet coordinates;
 * drop the ones that are total derivatives, or equivalent to earlier ones up to total derivatives
 * (their Euler images are linearly dependent), preferring low derivative order; then the unknown
 * coefficients c of {@code h = sum c_i m_i} must make {@code E_f(D_t h) = 0} for every field f, with
 * u_t replaced by F. That is a linear system; each vector of its null space is a density, and the
 * reduction makes different vectors different modulo total derivatives. For a non-uniform
 * (not scaling invariant) equation all ranks up to the limit are solved together.
 *
 * <p>Thread-safety: stateless; {@link #search} may run on several threads at once.
 */
public final class DensitySearch {

    private DensitySearch() {
    }

    /** Searches the densities of {@code equation}; see the class comment. */
    public static DensitySearchResult search(EvolutionEquation equation, DensitySearchOptions options) {
        long start = System.nanoTime();
        ScalingWeights weights = ScalingWeights.find(equation);
        List<JetVariable> features = options.features().isEmpty()
                ? allFeatures(equation.space(), weights, options.maxRank())
                : options.features();
        int densityOrder = 0;
        for (JetVariable v : features) {
            densityOrder = Math.max(densityOrder, v.order());
        }
        JetSpace output = equation.space().withMaxOrder(densityOrder);
        JetSpace work = equation.space().withMaxOrder(2 * (densityOrder + equation.order()) + 1);
        RateDerivatives rates = new RateDerivatives(equation, work);

        Map<Rational, List<JetMonomial>> groups = candidatesByRank(work, weights, features, options.maxRank());
        List<ConservedDensity> densities = new ArrayList<>();
        List<DensitySearchResult.RankSummary> summaries = new ArrayList<>();
        for (Map.Entry<Rational, List<JetMonomial>> group : groups.entrySet()) {
            List<JetMonomial> candidates = group.getValue();
            if (candidates.size() > options.maxCandidates()) {
                throw new SymbolicException(SymbolicError.SEARCH_TOO_LARGE, "rank " + group.getKey() + " has "
                        + candidates.size() + " candidate terms, more than the limit of " + options.maxCandidates()
                        + "; lower the maximum rank or allow fewer density features");
            }
            List<JetMonomial> reduced = withoutTotalDerivatives(candidates, work);
            List<JetPolynomial> found = solve(reduced, work, rates);
            for (JetPolynomial density : found) {
                densities.add(new ConservedDensity(group.getKey(), density.embed(output)));
            }
            summaries.add(new DensitySearchResult.RankSummary(group.getKey(), candidates.size(), reduced.size(),
                    found.size()));
        }
        return new DensitySearchResult(weights, densities, summaries, (System.nanoTime() - start) * 1e-9);
    }

    /** Every u_{f,k} with weight at most maxRank. */
    private static List<JetVariable> allFeatures(JetSpace space, ScalingWeights weights, int maxRank) {
        List<JetVariable> features = new ArrayList<>();
        Rational limit = Rational.of(maxRank);
        for (int f = 0; f < space.fieldCount(); f++) {
            for (int k = 0; weights.weight(f, k).compareTo(limit) <= 0; k++) {
                features.add(new JetVariable(f, k));
            }
        }
        return features;
    }

    /** Candidate monomials grouped by rank (one group for a non-uniform equation), preferred first. */
    private static Map<Rational, List<JetMonomial>> candidatesByRank(JetSpace work, ScalingWeights weights,
                                                                     List<JetVariable> features, int maxRank) {
        List<JetMonomial> all = new ArrayList<>();
        enumerate(work, weights, features, 0, JetMonomial.one(work.size()), Rational.ZERO, Rational.of(maxRank), all);
        Map<Rational, List<JetMonomial>> groups = new TreeMap<>();
        for (JetMonomial m : all) {
            Rational key = weights.uniform() ? weights.rank(m, work) : Rational.of(maxRank);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        Comparator<JetMonomial> preference = Comparator.<JetMonomial>comparingInt(m -> m.maxOrder(work))
                .thenComparing(Comparator.comparingInt(JetMonomial::degree).reversed())
                .thenComparing((a, b) -> -a.compareExponents(b));
        groups.values().forEach(list -> list.sort(preference));
        return groups;
    }

    private static void enumerate(JetSpace work, ScalingWeights weights, List<JetVariable> features, int next,
                                  JetMonomial current, Rational rank, Rational limit, List<JetMonomial> out) {
        if (next == features.size()) {
            if (rank.signum() > 0) {
                out.add(current);
            }
            return;
        }
        JetVariable v = features.get(next);
        Rational w = weights.weight(v.field(), v.order());
        int index = work.index(v);
        JetMonomial m = current;
        Rational r = rank;
        while (r.compareTo(limit) <= 0) {
            enumerate(work, weights, features, next + 1, m, r, limit, out);
            m = m.timesVariable(index, 1);
            r = r.add(w);
        }
    }

    /** The candidates whose Euler images are independent of those of earlier candidates. */
    private static List<JetMonomial> withoutTotalDerivatives(List<JetMonomial> candidates, JetSpace work) {
        SparseEchelon<FieldTerm> images = new SparseEchelon<>();
        List<JetMonomial> kept = new ArrayList<>();
        for (JetMonomial m : candidates) {
            if (images.add(eulerImage(JetPolynomial.monomial(work, m, Rational.ONE)))) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** All E_f(g), as one vector keyed by (field, monomial). */
    private static Map<FieldTerm, Rational> eulerImage(JetPolynomial g) {
        Map<FieldTerm, Rational> image = new HashMap<>();
        for (int f = 0; f < g.space().fieldCount(); f++) {
            for (Map.Entry<JetMonomial, Rational> term : g.euler(f).terms().entrySet()) {
                image.put(new FieldTerm(f, term.getKey()), term.getValue());
            }
        }
        return image;
    }

    /** The null space of c -> E(D_t sum c_i m_i), in reduced echelon form, as polynomials. */
    private static List<JetPolynomial> solve(List<JetMonomial> basis, JetSpace work, RateDerivatives rates) {
        if (basis.isEmpty()) {
            return List.of();
        }
        List<Map<FieldTerm, Rational>> columns = new ArrayList<>();
        Map<FieldTerm, Integer> rowOf = new HashMap<>();
        for (JetMonomial m : basis) {
            JetPolynomial h = JetPolynomial.monomial(work, m, Rational.ONE);
            Map<FieldTerm, Rational> column = eulerImage(h.timeDerivative(rates.upTo(m.maxOrder(work))));
            column.keySet().forEach(key -> rowOf.putIfAbsent(key, rowOf.size()));
            columns.add(column);
        }
        RationalMatrix system = new RationalMatrix(rowOf.size(), basis.size());
        for (int c = 0; c < columns.size(); c++) {
            for (Map.Entry<FieldTerm, Rational> entry : columns.get(c).entrySet()) {
                system.set(rowOf.get(entry.getKey()), c, entry.getValue());
            }
        }
        List<Rational[]> kernel = system.nullSpace();
        if (kernel.isEmpty()) {
            return List.of();
        }
        RationalMatrix normal = RationalMatrix.ofRows(kernel, basis.size());
        normal.reduceToEchelonForm();
        List<JetPolynomial> densities = new ArrayList<>();
        for (int r = 0; r < kernel.size(); r++) {
            JetPolynomial density = JetPolynomial.zero(work);
            for (int c = 0; c < basis.size(); c++) {
                if (!normal.get(r, c).isZero()) {
                    density = density.plus(JetPolynomial.monomial(work, basis.get(c), normal.get(r, c)));
                }
            }
            densities.add(density);
        }
        return densities;
    }

    /** A monomial in the Euler image of one field. */
    private record FieldTerm(int field, JetMonomial monomial) {
    }

    /** D_x^k F_f over the working space, computed once per order. */
    private static final class RateDerivatives {
        private final List<List<JetPolynomial>> byField = new ArrayList<>();

        RateDerivatives(EvolutionEquation equation, JetSpace work) {
            for (JetPolynomial rate : equation.rates()) {
                List<JetPolynomial> derivatives = new ArrayList<>();
                derivatives.add(rate.embed(work));
                byField.add(derivatives);
            }
        }

        List<List<JetPolynomial>> upTo(int order) {
            for (List<JetPolynomial> derivatives : byField) {
                while (derivatives.size() <= order) {
                    derivatives.add(derivatives.get(derivatives.size() - 1).totalDerivative());
                }
            }
            return byField;
        }
    }
}
