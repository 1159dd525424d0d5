package org.conserve.symbolic.compile;

import java.util.List;
import java.util.Map;

import org.conserve.engine.system.PointFilter;
import org.conserve.symbolic.SymbolicError;
import org.conserve.symbolic.SymbolicException;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Compiles Symja expressions into fast double evaluators: trees of small final nodes that allocate
 * nothing and keep no mutable state (not Symja's own Compile, which boxes every number).
 *
 * <p>The input is a canonical (evaluated) Symja expression over real numbers (integers, rationals,
 * machine reals), the constants Pi and E, the symbols given in {@code slots}, and the heads Plus,
 * Times, Power, Sqrt, Exp, Log (one or two arguments), the trigonometric, hyperbolic and inverse
 * functions (Sin ... Csch, ArcSin ... ArcCsch, ArcTan with two arguments meaning the angle of the point
 * (x, y)), Abs and Sign. Conditions may also use Less, LessEqual, Greater, GreaterEqual, Equal,
 * Unequal (chained or as Inequality), And, Or, Not, True and False. A symbol {@code s} evaluates to
 * {@code point[slots.get(s)]}. Outside a function's real domain the value is NaN.
 *
 * <p>A subexpression that occurs more than once (within one expression or across the components of a
 * field) is computed once per point.
 *
 * <p>Compilation only reads the expression tree, so it runs on any thread without Symja's session.
 * The compiled objects are immutable and safe to use from several threads at once.
 */
public final class ExpressionCompiler {
    private ExpressionCompiler() {
    }

    /**
     * Compiles one real expression.
     *
     * @throws SymbolicException {@link SymbolicError#NOT_COMPILABLE} naming the head or symbol that is
     *                           outside the compiled subset, or a complex or non-real constant
     */
    public static CompiledFunction compile(IExpr expression, Map<ISymbol, Integer> slots) {
        return new CompiledFunction(NodeCompiler.program(List.of(expression), slots), expression.toString());
    }

    /**
     * Compiles the components of a vector field (an ODE's f, or a PDE's rate F over jet symbols).
     *
     * @throws SymbolicException {@link SymbolicError#NOT_COMPILABLE} as {@link #compile}
     */
    public static CompiledField compileField(List<? extends IExpr> components, Map<ISymbol, Integer> slots) {
        return new CompiledField(NodeCompiler.program(components, slots), components.toString());
    }

    /**
     * Compiles a condition such as {@code x^2 + y^2 > 1/4 && y >= 0}.
     *
     * @throws SymbolicException {@link SymbolicError#NOT_COMPILABLE} for anything but comparisons of
     *                           compilable expressions joined by And, Or, Not, or True/False
     */
    public static PointFilter compileCondition(IExpr condition, Map<ISymbol, Integer> slots) {
        return new ConditionCompiler(new NodeCompiler(slots)).compile(condition);
    }

    /** One more than the largest slot: the length a point must have at least. */
    static int pointSize(Map<ISymbol, Integer> slots) {
        int size = 0;
        for (int slot : slots.values()) {
            if (slot < 0) {
                throw new IllegalArgumentException("slot " + slot + " is negative");
            }
            size = Math.max(size, slot + 1);
        }
        return size;
    }
}
