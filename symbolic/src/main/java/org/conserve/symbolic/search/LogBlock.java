package org.conserve.symbolic.search;

import java.util.List;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * log z_i of a variable that stays positive on the box and whose rate vanishes with it (f_i = z_i g,
 * as in Lotka-Volterra, whose law is d x - c log x + b y - a log y).
 */
record LogBlock(int variable) implements BuildingBlock {

    @Override
    public double value(double[] z) {
        return Math.log(z[variable]);
    }

    @Override
    public void gradient(double[] z, double[] out) {
        java.util.Arrays.fill(out, 0);
        out[variable] = 1 / z[variable];
    }

    @Override
    public IExpr toExpression(List<ISymbol> variables) {
        return F.Log(variables.get(variable));
    }
}
