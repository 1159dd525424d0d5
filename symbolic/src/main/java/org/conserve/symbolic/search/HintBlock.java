package org.conserve.symbolic.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.conserve.symbolic.SymjaSession;
import org.conserve.symbolic.compile.CompiledField;
import org.conserve.symbolic.compile.CompiledFunction;
import org.conserve.symbolic.compile.ExpressionCompiler;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A building block the system file gives as a hint ({@code search.hints}), e.g. {@code Log(1 + x^2)}
 * for a law the equations do not reveal. Its value and its gradient (differentiated by Symja once)
 * are compiled, so evaluation is allocation-free and thread-safe.
 */
final class HintBlock implements BuildingBlock {
    private final IExpr expression;
    private final CompiledFunction value;
    private final CompiledField gradient;

    private HintBlock(IExpr expression, CompiledFunction value, CompiledField gradient) {
        this.expression = expression;
        this.value = value;
        this.gradient = gradient;
    }

    /**
     * The hint {@code h} over {@code variables}, with grad h computed symbolically. Symja thread only.
     *
     * @throws org.conserve.symbolic.SymbolicException NOT_COMPILABLE when h or a derivative of it leaves
     *                                                 the compiled subset
     */
    static HintBlock of(IExpr hint, List<ISymbol> variables) {
        Map<ISymbol, Integer> slots = new HashMap<>();
        List<IExpr> derivatives = new ArrayList<>();
        for (int i = 0; i < variables.size(); i++) {
            slots.put(variables.get(i), i);
            derivatives.add(SymjaSession.get().engine().evaluate(F.D(hint, variables.get(i))));
        }
        return new HintBlock(hint, ExpressionCompiler.compile(hint, slots),
                ExpressionCompiler.compileField(derivatives, slots));
    }

    @Override
    public double value(double[] z) {
        return value.value(z);
    }

    @Override
    public void gradient(double[] z, double[] out) {
        gradient.evaluate(z, out);
    }

    @Override
    public IExpr toExpression(List<ISymbol> variables) {
        return expression;
    }

    @Override
    public String toString() {
        return "hint " + expression;
    }
}
