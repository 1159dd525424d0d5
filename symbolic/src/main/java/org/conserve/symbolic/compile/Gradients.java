package org.conserve.symbolic.compile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.conserve.symbolic.SymbolicError;
import org.conserve.symbolic.SymbolicException;
import org.conserve.symbolic.SymjaSession;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Exact gradients: the partial derivatives dh/dv of an expression, found with Symja's D on the
 * {@link SymjaSession} thread, then compiled. Used to check that a law vanishes along the flow
 * ({@code grad H . f = 0}) and to feed exact gradients to the independence analysis.
 *
 * <p>Thread-safety: callable from any thread (the Symja work is serialised on the session).
 */
public final class Gradients {
    /** Time allowed for the differentiation of one expression. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(10);

    private Gradients() {
    }

    /** {@link #compile(IExpr, List, Map, Duration)} with {@link #DEFAULT_LIMIT}. */
    public static CompiledGradient compile(IExpr h, List<ISymbol> variables, Map<ISymbol, Integer> slots) {
        return compile(h, variables, slots, DEFAULT_LIMIT);
    }

    /**
     * Compiles {@code (dh/dv_1, ..., dh/dv_n)} for the given variables, in their order.
     *
     * @throws SymbolicException {@link SymbolicError#TIMEOUT} past {@code limit};
     *                           {@link SymbolicError#NOT_COMPILABLE} if a derivative leaves the compiled subset
     */
    public static CompiledGradient compile(IExpr h, List<ISymbol> variables, Map<ISymbol, Integer> slots,
            Duration limit) {
        List<IExpr> derivatives = derivatives(h, variables, limit);
        return new CompiledGradient(ExpressionCompiler.compileField(derivatives, slots), derivatives);
    }

    /** {@link #source(List, List, Map, Duration)} with {@link #DEFAULT_LIMIT} per law. */
    public static CompiledGradientSource source(List<? extends IExpr> laws, List<ISymbol> variables,
            Map<ISymbol, Integer> slots) {
        return source(laws, variables, slots, DEFAULT_LIMIT);
    }

    /**
     * The exact gradients of several laws as a {@link org.conserve.engine.independence.GradientSource}
     * for the independence analysis: points are laid out by {@code slots}, gradients by {@code variables}.
     *
     * @param limit time allowed for the differentiation of each law
     * @throws SymbolicException {@link SymbolicError#TIMEOUT} or {@link SymbolicError#NOT_COMPILABLE}
     */
    public static CompiledGradientSource source(List<? extends IExpr> laws, List<ISymbol> variables,
            Map<ISymbol, Integer> slots, Duration limit) {
        List<IExpr> partials = new ArrayList<>(laws.size() * variables.size());
        for (IExpr law : laws) {
            partials.addAll(derivatives(law, variables, limit));
        }
        return new CompiledGradientSource(ExpressionCompiler.compileField(partials, slots), laws.size(),
                variables.size());
    }

    /** The partial derivatives of {@code h}, evaluated to Symja's canonical form, in variable order. */
    public static List<IExpr> derivatives(IExpr h, List<ISymbol> variables, Duration limit) {
        List<ISymbol> order = List.copyOf(variables);
        return SymjaSession.get().call(() -> {
            List<IExpr> result = new ArrayList<>(order.size());
            for (ISymbol variable : order) {
                result.add(SymjaSession.get().engine().evaluate(F.D(h, variable)));
            }
            return List.copyOf(result);
        }, limit);
    }
}
