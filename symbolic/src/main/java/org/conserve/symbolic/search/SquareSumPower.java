package org.conserve.symbolic.search;

import java.util.List;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * {@code S(z)^(p/q)} with {@code S = sum_l L_l(z)^2} a sum of squares of linear forms: the
 * potential-type block 1/r = (x^2 + y^2)^(-1/2) of Kepler, or 1/r_ij of N bodies.
 *
 * <p>grad S^e = e S^(e-1) * 2 sum_l L_l grad L_l.
 */
record SquareSumPower(List<LinearForm> squares, long exponentNumerator, long exponentDenominator)
        implements BuildingBlock {

    SquareSumPower {
        squares = List.copyOf(squares);
    }

    private double exponent() {
        return (double) exponentNumerator / exponentDenominator;
    }

    private double sum(double[] z) {
        double s = 0;
        for (LinearForm l : squares) {
            double v = l.value(z);
            s += v * v;
        }
        return s;
    }

    @Override
    public double value(double[] z) {
        return Math.pow(sum(z), exponent());
    }

    @Override
    public void gradient(double[] z, double[] out) {
        double s = sum(z);
        double outer = 2 * exponent() * Math.pow(s, exponent() - 1);
        java.util.Arrays.fill(out, 0);
        for (LinearForm l : squares) {
            double v = l.value(z) * outer;
            for (int i = 0; i < out.length; i++) {
                out[i] += v * l.coefficient(i);
            }
        }
    }

    @Override
    public IExpr toExpression(List<ISymbol> variables) {
        IASTAppendable s = F.PlusAlloc(squares.size());
        for (LinearForm l : squares) {
            s.append(F.Power(l.toExpression(variables), F.C2));
        }
        IExpr base = s.argSize() == 1 ? s.arg1() : s;
        return F.Power(base, F.QQ(exponentNumerator, exponentDenominator));
    }
}
