package org.conserve.symbolic.search;

import java.util.List;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** exp of a linear form of the state, e.g. exp(q1 - q2) of a Toda lattice. */
record ExpBlock(LinearForm exponent) implements BuildingBlock {

    @Override
    public double value(double[] z) {
        return Math.exp(exponent.value(z));
    }

    @Override
    public void gradient(double[] z, double[] out) {
        double value = value(z);
        for (int i = 0; i < out.length; i++) {
            out[i] = value * exponent.coefficient(i);
        }
    }

    @Override
    public IExpr toExpression(List<ISymbol> variables) {
        return F.Exp(exponent.toExpression(variables));
    }
}
