package org.conserve.symbolic.file;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.conserve.engine.system.Box;
import org.conserve.engine.system.DynamicalSystem;
import org.conserve.engine.system.Jet;
import org.conserve.engine.system.NamedFunction;
import org.conserve.engine.system.OdeSystem;
import org.conserve.engine.system.PdeSystem;
import org.conserve.engine.system.PeriodicGrid;
import org.conserve.engine.system.PointFilter;
import org.conserve.symbolic.ProblemKind;
import org.conserve.symbolic.SourceProblem;
import org.conserve.symbolic.SymbolicError;
import org.conserve.symbolic.SymbolicException;
import org.conserve.symbolic.compile.CompiledFunction;
import org.conserve.symbolic.compile.ExpressionCompiler;
import org.conserve.symbolic.compile.LinearPart;
import org.conserve.symbolic.expr.DeclaredSymbol;
import org.conserve.symbolic.expr.ParsedExpression;
import org.conserve.symbolic.expr.SymbolTable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Turns a validated {@link SystemDefinition} into the engine's {@link OdeSystem} or {@link PdeSystem}:
 * the canonical equations, the where condition and the expected laws are compiled to allocation-free
 * double evaluators ({@link ExpressionCompiler}).
 *
 * <p>Slots: an ODE's variable i is {@code point[i]}; a PDE's field f differentiated k times is
 * {@code jet[jet.index(f, k)]} (see {@link Jet}), with the jet's maxOrder the highest x-derivative
 * the equations, density features and expected densities use.
 *
 * <p>Thread-safety: stateless; may be called from any thread (the PDE's linear part uses the Symja
 * session).
 */
public final class SystemLoader {
    private SystemLoader() {
    }

    /** The engine's system for {@code definition}. */
    public static DynamicalSystem load(SystemDefinition definition) {
        return definition.kind() == SystemKind.ODE ? ode(definition) : pde(definition);
    }

    /** The ODE of {@code definition}. @throws IllegalArgumentException if it is a PDE */
    public static OdeSystem ode(SystemDefinition definition) {
        require(definition, SystemKind.ODE);
        Map<ISymbol, Integer> slots = slots(definition);
        Sampling.Box box = (Sampling.Box) definition.sampling();
        PointFilter where = box.where()
                .<PointFilter>map(w -> ExpressionCompiler.compileCondition(w.expression(), slots))
                .orElse(PointFilter.ALL);
        return new OdeSystem(definition.name(), definition.description(), definition.coordinates(),
                ExpressionCompiler.compileField(expressions(definition.equations()), slots), new Box(box.ranges()), where,
                definition.expected().count(), laws(definition, slots));
    }

    /** The PDE of {@code definition}. @throws IllegalArgumentException if it is an ODE */
    public static PdeSystem pde(SystemDefinition definition) {
        require(definition, SystemKind.PDE);
        Jet jet = jet(definition);
        Map<ISymbol, Integer> slots = slots(definition);
        List<IExpr> rates = expressions(definition.equations());
        List<List<ISymbol>> jetSymbols = new ArrayList<>();
        for (int field = 0; field < jet.fields().size(); field++) {
            List<ISymbol> orders = new ArrayList<>();
            for (int order = 0; order <= jet.maxOrder(); order++) {
                orders.add(definition.symbols().derivative(field, order).symbol());
            }
            jetSymbols.add(orders);
        }
        Space space = definition.space().orElseThrow();
        List<Integer> features = definition.density().stream().map(d -> jet.index(d.index(), d.order())).toList();
        return new PdeSystem(definition.name(), definition.description(), jet, new PeriodicGrid(space.x(), space.points()),
                ExpressionCompiler.compileField(rates, slots), LinearPart.of(rates, jetSymbols), features,
                definition.expected().count(), laws(definition, slots));
    }

    /** The jet layout of a PDE definition. */
    public static Jet jet(SystemDefinition definition) {
        return new Jet(definition.coordinates(), definition.maxDerivativeOrder());
    }

    /**
     * Where each symbol of the definition is read from: ODE variable i at i; PDE field f's k-th
     * x-derivative at {@code jet.index(f, k)}.
     */
    public static Map<ISymbol, Integer> slots(SystemDefinition definition) {
        Map<ISymbol, Integer> slots = new HashMap<>();
        SymbolTable symbols = definition.symbols();
        if (definition.kind() == SystemKind.ODE) {
            symbols.coordinates().forEach(v -> slots.put(v.symbol(), v.index()));
            return slots;
        }
        Jet jet = jet(definition);
        for (int field = 0; field < jet.fields().size(); field++) {
            for (int order = 0; order <= jet.maxOrder(); order++) {
                slots.put(symbols.derivative(field, order).symbol(), jet.index(field, order));
            }
        }
        return slots;
    }

    /** ODE: the initial state of {@code simulation.initial}, if the file gives one. */
    public static Optional<double[]> initialState(SystemDefinition definition) {
        require(definition, SystemKind.ODE);
        List<ParsedExpression> initial = definition.simulation().initial();
        if (initial.isEmpty()) {
            return Optional.empty();
        }
        double[] state = new double[initial.size()];
        for (int i = 0; i < state.length; i++) {
            state[i] = finite(definition, initial.get(i), ExpressionCompiler.compile(initial.get(i).expression(), Map.of())
                    .value(new double[0]), "");
        }
        return Optional.of(state);
    }

    /** PDE: each field of {@code simulation.initial} at the grid points, [field][point], if the file gives them. */
    public static Optional<double[][]> initialFields(SystemDefinition definition) {
        require(definition, SystemKind.PDE);
        List<ParsedExpression> initial = definition.simulation().initial();
        if (initial.isEmpty()) {
            return Optional.empty();
        }
        PeriodicGrid grid = new PeriodicGrid(definition.space().orElseThrow().x(), definition.space().orElseThrow().points());
        DeclaredSymbol x = definition.symbols().space().orElseThrow();
        double[][] fields = new double[initial.size()][grid.points()];
        double[] point = new double[1];
        for (int f = 0; f < fields.length; f++) {
            CompiledFunction function = ExpressionCompiler.compile(initial.get(f).expression(), Map.of(x.symbol(), 0));
            for (int j = 0; j < grid.points(); j++) {
                point[0] = grid.x(j);
                fields[f][j] = finite(definition, initial.get(f), function.value(point), " at x = " + point[0]);
            }
        }
        return Optional.of(fields);
    }

    private static List<NamedFunction> laws(SystemDefinition definition, Map<ISymbol, Integer> slots) {
        return definition.expected().laws().stream()
                .map(law -> new NamedFunction(law.source().trim(), ExpressionCompiler.compile(law.expression(), slots)))
                .toList();
    }

    private static List<IExpr> expressions(List<ParsedExpression> parsed) {
        return parsed.stream().map(ParsedExpression::expression).toList();
    }

    private static double finite(SystemDefinition definition, ParsedExpression expression, double value, String where) {
        if (!Double.isFinite(value)) {
            SourceProblem problem = new SourceProblem(definition.file(), expression.line(), expression.column(),
                    ProblemKind.INVALID_VALUE, "the initial value '" + expression.source().trim() + "' is not finite" + where);
            throw new SymbolicException(SymbolicError.INVALID_SYSTEM_FILE, problem.format(), List.of(problem), null);
        }
        return value;
    }

    private static void require(SystemDefinition definition, SystemKind kind) {
        if (definition.kind() != kind) {
            throw new IllegalArgumentException(definition.file() + " is an " + definition.kind() + ", not an " + kind);
        }
    }
}
