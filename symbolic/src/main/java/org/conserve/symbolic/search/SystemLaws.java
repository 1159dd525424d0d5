package org.conserve.symbolic.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.conserve.engine.system.Box;
import org.conserve.engine.system.PointFilter;
import org.conserve.symbolic.SymjaSession;
import org.conserve.symbolic.compile.ExpressionCompiler;
import org.conserve.symbolic.expr.DeclaredSymbol;
import org.conserve.symbolic.expr.ParsedExpression;
import org.conserve.symbolic.file.Sampling;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemKind;
import org.conserve.symbolic.pde.DensitySearchOptions;
import org.conserve.symbolic.pde.JetVariable;
import org.conserve.symbolic.proof.ProofOptions;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Symbolic law searches for a validated system file: the ODE law search on its box, or the PDE
 * density search over its declared density features. Stateless; Symja work goes through the session.
 */
public final class SystemLaws {

    private SystemLaws() {
    }

    /**
     * The law-search view of an ODE file: its symbols, canonical rates, compiled f, box, where and
     * search hints.
     */
    public static OdeSearchProblem odeProblem(SystemDefinition system) {
        if (system.kind() != SystemKind.ODE || !(system.sampling() instanceof Sampling.Box box)) {
            throw new IllegalArgumentException(system.file() + " is not an ODE system");
        }
        List<ISymbol> variables = new ArrayList<>();
        Map<ISymbol, Integer> slots = new HashMap<>();
        for (DeclaredSymbol coordinate : system.symbols().coordinates()) {
            slots.put(coordinate.symbol(), variables.size());
            variables.add(coordinate.symbol());
        }
        List<IExpr> rates = system.equations().stream().map(ParsedExpression::expression).toList();
        PointFilter where = box.where()
                .map(condition -> ExpressionCompiler.compileCondition(condition.expression(), slots))
                .orElse(PointFilter.ALL);
        return new OdeSearchProblem(variables, rates, ExpressionCompiler.compileField(rates, slots),
                new Box(box.ranges()), where, hints(system));
    }

    /** The file's {@code search.hints}, canonical expressions over its variables. */
    public static List<IExpr> hints(SystemDefinition system) {
        return system.search().hints().stream().map(ParsedExpression::expression).toList();
    }

    /** {@code options} with the file's {@code search.degree}, when it gives one, as the last degree tried. */
    public static SearchOptions withFileDegree(SearchOptions options, SystemDefinition system) {
        if (system.search().degree().isEmpty()) {
            return options;
        }
        int last = system.search().degree().getAsInt();
        return options.withDegrees(Math.min(options.minDegree(), last), last);
    }

    /** Searches the ODE laws of a file, with its search hints and degree. */
    public static LawSearchResult searchOde(SystemDefinition system, SearchOptions options) {
        return new LawSearch(SymjaSession.get()).search(odeProblem(system), withFileDegree(options, system));
    }

    /**
     * Searches the conserved densities of a PDE file up to {@code maxRank}, in the features its
     * {@code density} key allows (all features when it gives none).
     */
    public static PdeLawSearch.Result searchPde(SystemDefinition system, int maxRank, ProofOptions proof) {
        if (system.kind() != SystemKind.PDE) {
            throw new IllegalArgumentException(system.file() + " is not a PDE system");
        }
        List<JetVariable> features = system.density().stream()
                .map(symbol -> new JetVariable(symbol.index(), symbol.order())).toList();
        List<IExpr> rates = system.equations().stream().map(ParsedExpression::expression).toList();
        return new PdeLawSearch(SymjaSession.get(), proof).search(system.coordinates(),
                variable -> system.symbols().derivative(variable.field(), variable.order()).symbol(),
                system.maxDerivativeOrder(), rates, DensitySearchOptions.upToRank(maxRank).withFeatures(features));
    }
}
