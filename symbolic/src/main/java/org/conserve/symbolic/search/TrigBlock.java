package org.conserve.symbolic.search;

import java.util.List;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** sin or cos of a linear form of the state (an angle or a difference of angles). */
record TrigBlock(LinearForm angle, boolean cosine) implements BuildingBlock {

    @Override
    public double value(double[] z) {
        double a = angle.value(z);
        return cosine ? Math.cos(a) : Math.sin(a);
    }

    @Override
    public void gradient(double[] z, double[] out) {
        double a = angle.value(z);
        double outer = cosine ? -Math.sin(a) : Math.cos(a);
        for (int i = 0; i < out.length; i++) {
            out[i] = outer * angle.coefficient(i);
        }
    }

    @Override
    public IExpr toExpression(List<ISymbol> variables) {
        IExpr argument = angle.toExpression(variables);
        return cosine ? F.Cos(argument) : F.Sin(argument);
    }
}
