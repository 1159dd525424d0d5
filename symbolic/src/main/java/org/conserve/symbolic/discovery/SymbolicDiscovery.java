package org.conserve.symbolic.discovery;

import org.conserve.symbolic.export.LawForms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.conserve.engine.independence.GradientSource;
import org.conserve.engine.system.OdeSystem;
import org.conserve.symbolic.SymjaSession;
import org.conserve.symbolic.compile.Gradients;
import org.conserve.symbolic.expr.DeclaredSymbol;
import org.conserve.symbolic.expr.ParsedExpression;
import org.conserve.symbolic.expr.SymbolTable;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemKind;
import org.conserve.symbolic.file.SystemLoader;
import org.conserve.symbolic.pde.ConservedDensity;
import org.conserve.symbolic.pde.DensitySearch;
import org.conserve.symbolic.pde.DensitySearchOptions;
import org.conserve.symbolic.pde.DensitySearchResult;
import org.conserve.symbolic.pde.EvolutionEquation;
import org.conserve.symbolic.pde.JetExpressions;
import org.conserve.symbolic.pde.JetPolynomial;
import org.conserve.symbolic.pde.JetSpace;
import org.conserve.symbolic.pde.JetVariable;
import org.conserve.symbolic.pde.ScalingWeights;
import org.conserve.symbolic.proof.DensityProver;
import org.conserve.symbolic.proof.ProofOptions;
import org.conserve.symbolic.proof.ProofResult;
import org.conserve.symbolic.search.FoundLaw;
import org.conserve.symbolic.search.LawSearch;
import org.conserve.symbolic.search.LawSearchResult;
import org.conserve.symbolic.search.OdeSearchProblem;
import org.conserve.symbolic.search.SearchOptions;
import org.conserve.symbolic.search.SystemLaws;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The symbolic half of {@code conserve discover} for a system file: the SID law search for an ODE, the
 * scaling-homogeneity density search for a polynomial evolution PDE, with every law proved and written
 * in the file's own names.
 *
 * <p>PDE rank limit: a density that is not a total derivative is at least quadratic in its highest
 * x-derivative u_k, so with features up to weight W its rank is at least about 2W; the search goes to
 * {@code 2 W + 2 w_min} (w_min the lightest field weight, one more quadratic factor), at most
 * {@link #MAX_PDE_RANK}.
 *
 * <p>Thread-safety: stateless; all Symja work goes through the {@link SymjaSession}.
 */
public final class SymbolicDiscovery {

    /** The highest rank the PDE density search goes to. */
    public static final int MAX_PDE_RANK = 12;

    /** Time allowed to tidy one density for display. */
    private static final java.time.Duration DISPLAY_LIMIT = java.time.Duration.ofSeconds(5);

    private SymbolicDiscovery() {
    }

    /** The engine's ODE of a validated ODE file (compiled f, box, where). */
    public static OdeSystem odeSystem(SystemDefinition definition) {
        requireKind(definition, SystemKind.ODE);
        return SystemLoader.ode(definition);
    }

    /**
     * The SID law search on {@code system} (the ODE of {@code definition}), with the file's search hints
     * as extra building blocks and its search degree, when given, as the last degree tried.
     */
    public static SymbolicOutcome searchOde(SystemDefinition definition, OdeSystem system, SearchOptions options) {
        requireKind(definition, SystemKind.ODE);
        SymbolTable symbols = definition.symbols();
        List<ISymbol> variables = symbols.coordinates().stream().map(DeclaredSymbol::symbol).toList();
        OdeSearchProblem problem = new OdeSearchProblem(variables, rates(definition), system.field(),
                system.box(), system.where(), SystemLaws.hints(definition));
        LawSearchResult result = new LawSearch(SymjaSession.get()).search(problem, SystemLaws.withFileDegree(options, definition));
        List<SymbolicLaw> laws = new ArrayList<>();
        for (FoundLaw law : result.laws()) {
            laws.add(law(law.expression(), symbols, law.proof(), law.independent()));
        }
        List<String> basis = result.basis().stream().map(symbols::render).toList();
        List<IExpr> counted = result.independentLaws().stream().map(FoundLaw::expression).toList();
        Optional<GradientSource> gradients = counted.isEmpty() ? Optional.empty()
                : Optional.of(Gradients.source(counted, variables, SystemLoader.slots(definition)));
        return new SymbolicOutcome("sid-law-search", result.count(), basis, laws, result.seconds(), result.note(),
                gradients);
    }

    /**
     * Laws that depend on time explicitly (issue: centre-of-mass motion): the state is extended by t with
     * {@code dt/dt = 1}, t sampled in [0, {@code horizon}], and the SID search runs again. Time-independent
     * laws are found again there, so only the laws whose formula contains t are returned, and the count
     * of new independent ones is the extended count minus {@code timeIndependentCount}.
     */
    public static SymbolicOutcome searchOdeWithTime(SystemDefinition definition, OdeSystem system, SearchOptions options,
                                                    double horizon, int timeIndependentCount) {
        requireKind(definition, SystemKind.ODE);
        SymbolTable symbols = definition.symbols();
        List<ISymbol> variables = symbols.coordinates().stream().map(DeclaredSymbol::symbol).toList();
        ISymbol time = org.matheclipse.core.expression.F.Dummy("t");
        OdeSearchProblem problem = new OdeSearchProblem(variables, rates(definition), system.field(),
                system.box(), system.where(), SystemLaws.hints(definition))
                .withTime(time, new org.conserve.engine.system.Interval(0, horizon));
        LawSearchResult result = new LawSearch(SymjaSession.get()).search(problem, SystemLaws.withFileDegree(options, definition));
        java.util.function.Function<ISymbol, String> names = symbol -> symbol == time ? "t"
                : symbols.declared(symbol).map(DeclaredSymbol::name).orElseThrow();
        List<SymbolicLaw> laws = new ArrayList<>();
        for (FoundLaw law : result.laws()) {
            if (law.expression().has(time)) {
                laws.add(new SymbolicLaw(symbols.render(law.expression()), LawForms.sympy(law.expression(), names),
                        law.proof().status(), law.proof().residual(), law.proof().method(), law.independent()));
            }
        }
        int count = Math.max(0, result.count() - timeIndependentCount);
        List<String> basis = result.basis().stream().map(symbols::render).toList();
        return new SymbolicOutcome("sid-law-search-with-time", count, basis, laws, result.seconds(),
                "t as a coordinate with dt/dt = 1, sampled in [0, " + horizon + "]; " + result.note(), Optional.empty());
    }

    /** The density search on a polynomial evolution PDE file, each density then proved by Symja. */
    public static SymbolicOutcome searchPde(SystemDefinition definition) {
        requireKind(definition, SystemKind.PDE);
        long start = System.nanoTime();
        SymbolTable symbols = definition.symbols();
        int fields = definition.dimension();
        JetSpace space = new JetSpace(definition.coordinates(), Math.max(1, definition.maxDerivativeOrder()));
        Map<ISymbol, JetVariable> variables = new HashMap<>();
        for (int field = 0; field < fields; field++) {
            for (int order = 0; order <= space.maxOrder(); order++) {
                variables.put(symbols.derivative(field, order).symbol(), new JetVariable(field, order));
            }
        }
        List<IExpr> rates = rates(definition);
        List<JetPolynomial> polynomials = rates.stream()
                .map(rate -> JetExpressions.toPolynomial(rate, variables, space)).toList();
        EvolutionEquation equation = new EvolutionEquation(space, polynomials);
        List<JetVariable> features = definition.density().stream()
                .map(feature -> new JetVariable(feature.index(), feature.order())).toList();
        int maxRank = rankLimit(ScalingWeights.find(equation), features, space);
        DensitySearchResult result = DensitySearch.search(equation,
                DensitySearchOptions.upToRank(maxRank).withFeatures(features));

        Function<JetVariable, ISymbol> jetSymbols = v -> symbols.derivative(v.field(), v.order()).symbol();
        DensityProver prover = new DensityProver(SymjaSession.get(), ProofOptions.DEFAULT);
        List<SymbolicLaw> laws = new ArrayList<>();
        for (ConservedDensity density : result.densities()) {
            IExpr expression = JetExpressions.toExpression(density.density(), jetSymbols);
            ProofResult proof = prover.prove(expression, rates, jetSymbols);
            if (proof.isLaw()) {
                // The search writes 1*a^2+1*b^2; Symja's evaluation of our own polynomial tidies it.
                IExpr tidy = SymjaSession.get().evaluate(expression, DISPLAY_LIMIT);
                laws.add(law(tidy, symbols, proof, true));
            }
        }
        List<String> basis = result.ranks().stream()
                .map(rank -> "rank " + rank.rank() + ": " + rank.candidates() + " candidates, " + rank.reduced()
                        + " modulo total derivatives, " + rank.found() + " found")
                .toList();
        String note = "densities in " + (features.isEmpty() ? "every jet coordinate" : featureNames(definition))
                + " up to rank " + maxRank + (result.weights().uniform() ? "" : " (no scaling symmetry: all ranks together)");
        return new SymbolicOutcome("density-search", laws.size(), basis, laws, (System.nanoTime() - start) / 1e9, note,
                Optional.empty());
    }

    private static List<IExpr> rates(SystemDefinition definition) {
        return definition.equations().stream().map(ParsedExpression::expression).toList();
    }

    static int rankLimit(ScalingWeights weights, List<JetVariable> features, JetSpace space) {
        if (!weights.uniform()) {
            return MAX_PDE_RANK;
        }
        double top = 0;
        double lightest = Double.POSITIVE_INFINITY;
        List<JetVariable> used = features.isEmpty()
                ? java.util.stream.IntStream.range(0, space.size()).mapToObj(space::variable).toList() : features;
        for (JetVariable v : used) {
            top = Math.max(top, weights.weight(v.field(), v.order()).doubleValue());
        }
        for (int field = 0; field < space.fieldCount(); field++) {
            lightest = Math.min(lightest, weights.weight(field, 0).doubleValue());
        }
        return (int) Math.min(MAX_PDE_RANK, Math.ceil(2 * top + 2 * Math.max(0, lightest)));
    }

    private static String featureNames(SystemDefinition definition) {
        return "(" + String.join(", ", definition.density().stream().map(DeclaredSymbol::name).toList()) + ")";
    }

    private static SymbolicLaw law(IExpr expression, SymbolTable symbols, ProofResult proof, boolean independent) {
        return new SymbolicLaw(symbols.render(expression), LawForms.sympy(expression, symbols), proof.status(),
                proof.residual(), proof.method(), independent);
    }

    private static void requireKind(SystemDefinition definition, SystemKind kind) {
        if (definition.kind() != kind) {
            throw new IllegalArgumentException(definition.file() + " is " + definition.kind() + ", not " + kind);
        }
    }
}
