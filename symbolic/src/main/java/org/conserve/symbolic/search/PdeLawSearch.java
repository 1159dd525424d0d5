package org.conserve.symbolic.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.conserve.symbolic.SymjaSession;
import org.conserve.symbolic.pde.ConservedDensity;
import org.conserve.symbolic.pde.DensitySearch;
import org.conserve.symbolic.pde.DensitySearchOptions;
import org.conserve.symbolic.pde.DensitySearchResult;
import org.conserve.symbolic.pde.EvolutionEquation;
import org.conserve.symbolic.pde.JetExpressions;
import org.conserve.symbolic.pde.JetPolynomial;
import org.conserve.symbolic.pde.JetSpace;
import org.conserve.symbolic.pde.JetSymbols;
import org.conserve.symbolic.pde.JetVariable;
import org.conserve.symbolic.proof.DensityProver;
import org.conserve.symbolic.proof.ProofOptions;
import org.conserve.symbolic.proof.ProofResult;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The PDE density search from Symja expressions to proved formulas: converts the rates to exact
 * polynomials, runs {@link DensitySearch}, writes each density back over the caller's jet symbols and
 * proves it independently with {@link DensityProver}. Densities the prover refutes are dropped (a
 * disagreement between the two computations would be a bug, and is never shown as a law).
 *
 * <p>Thread-safety: immutable; Symja work goes through the session.
 */
public final class PdeLawSearch {
    private final SymjaSession session;
    private final ProofOptions proof;

    public PdeLawSearch(SymjaSession session, ProofOptions proof) {
        this.session = session;
        this.proof = proof;
    }

    /**
     * A density found and checked.
     *
     * @param rank       its rank under the scaling weights
     * @param expression h over the caller's jet symbols
     * @param polynomial the same h as an exact polynomial
     * @param proof      the independent check
     */
    public record FoundDensity(org.conserve.symbolic.pde.Rational rank, IExpr expression, JetPolynomial polynomial,
                               ProofResult proof) {
    }

    /**
     * The densities with the search's weights and per-rank summaries.
     *
     * @param search    what the exact search did (weights, ranks, candidate counts, time)
     * @param densities the proved (or numerically confirmed) densities, lowest rank first
     */
    public record Result(DensitySearchResult search, List<FoundDensity> densities) {
        public Result {
            densities = List.copyOf(densities);
        }
    }

    /**
     * Runs the search.
     *
     * @param fields  field names, in equation order
     * @param symbols the caller's symbol for each jet coordinate it declares (u, u_x, ...)
     * @param rates   F_f per field, polynomials over those symbols (parameters already substituted)
     * @param options ranks and allowed features
     * @throws org.conserve.symbolic.SymbolicException NOT_POLYNOMIAL when a rate is not a polynomial,
     *                                                 SEARCH_TOO_LARGE past the candidate limit
     */
    public Result search(List<String> fields, Map<ISymbol, JetVariable> symbols, List<IExpr> rates,
                         DensitySearchOptions options) {
        int declaredOrder = symbols.values().stream().mapToInt(JetVariable::order).max().orElse(0);
        return search(fields, withInternalSymbols(fields, symbols), declaredOrder, rates, options);
    }

    /**
     * Runs the search with a supplier of jet symbols for every order (such as the parser's symbol
     * table), which the rates use up to {@code rateOrder}.
     */
    public Result search(List<String> fields, Function<JetVariable, ISymbol> jet, int rateOrder, List<IExpr> rates,
                         DensitySearchOptions options) {
        Map<ISymbol, JetVariable> symbols = new HashMap<>();
        for (int f = 0; f < fields.size(); f++) {
            for (int k = 0; k <= rateOrder; k++) {
                symbols.put(jet.apply(new JetVariable(f, k)), new JetVariable(f, k));
            }
        }
        JetSpace space = new JetSpace(fields, rateOrder);
        List<JetPolynomial> polynomials = session.call(() -> {
            List<JetPolynomial> converted = new ArrayList<>();
            for (IExpr rate : rates) {
                converted.add(JetExpressions.toPolynomial(rate, symbols, space));
            }
            return converted;
        });
        DensitySearchResult found = DensitySearch.search(new EvolutionEquation(space, polynomials), options);
        DensityProver prover = new DensityProver(session, proof);
        List<FoundDensity> densities = new ArrayList<>();
        for (ConservedDensity density : found.densities()) {
            IExpr expression = session.call(() -> session.engine().evaluate(
                    JetExpressions.toExpression(density.density(), jet)));
            ProofResult result = prover.prove(expression, rates, jet);
            if (result.isLaw()) {
                densities.add(new FoundDensity(density.rank(), expression, density.density(), result));
            }
        }
        return new Result(found, densities);
    }

    /** The caller's symbols where declared, internal ones for higher derivatives. */
    private static Function<JetVariable, ISymbol> withInternalSymbols(List<String> fields,
                                                                      Map<ISymbol, JetVariable> symbols) {
        Map<JetVariable, ISymbol> declared = new HashMap<>();
        symbols.forEach((symbol, variable) -> declared.put(variable, symbol));
        JetSymbols internal = JetSymbols.standard(fields);
        return variable -> declared.getOrDefault(variable, internal.apply(variable));
    }
}
