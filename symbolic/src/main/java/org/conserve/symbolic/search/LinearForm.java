package org.conserve.symbolic.search;

import java.util.List;
import java.util.Optional;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IRational;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A homogeneous linear form {@code L(z) = sum_i a_i z_i} with rational coefficients, such as x1 - x2,
 * found inside the right-hand side of an ODE. Immutable and thread-safe.
 */
record LinearForm(long[] numerators, long[] denominators) {

    /** The same form or its negative, whichever has a positive first coefficient (L^2 is the same). */
    LinearForm oriented() {
        for (long n : numerators) {
            if (n != 0) {
                if (n > 0) {
                    return this;
                }
                long[] negated = new long[numerators.length];
                for (int i = 0; i < negated.length; i++) {
                    negated[i] = -numerators[i];
                }
                return new LinearForm(negated, denominators.clone());
            }
        }
        return this;
    }

    /** A fixed total order on forms (for sorting the squares of a sum). */
    static int compare(LinearForm a, LinearForm b) {
        int c = java.util.Arrays.compare(b.numerators, a.numerators);
        return c != 0 ? c : java.util.Arrays.compare(a.denominators, b.denominators);
    }

    double value(double[] z) {
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            if (numerators[i] != 0) {
                sum += coefficient(i) * z[i];
            }
        }
        return sum;
    }

    double coefficient(int i) {
        return (double) numerators[i] / denominators[i];
    }

    IExpr toExpression(List<ISymbol> variables) {
        IASTAppendable sum = F.PlusAlloc(variables.size());
        for (int i = 0; i < variables.size(); i++) {
            if (numerators[i] != 0) {
                sum.append(F.Times(F.QQ(numerators[i], denominators[i]), variables.get(i)));
            }
        }
        return sum.argSize() == 1 ? sum.arg1() : sum;
    }

    /**
     * The linear form an expression denotes, if it is one: sums of rational multiples of the
     * variables (no constant term). Reads the tree only; call on the Symja thread.
     */
    static Optional<LinearForm> of(IExpr expression, List<ISymbol> variables) {
        int d = variables.size();
        long[] num = new long[d];
        long[] den = new long[d];
        java.util.Arrays.fill(den, 1);
        return accumulate(expression, variables, num, den) ? Optional.of(new LinearForm(num, den)) : Optional.empty();
    }

    private static boolean accumulate(IExpr e, List<ISymbol> variables, long[] num, long[] den) {
        if (e.isPlus()) {
            for (int i = 1; i <= e.argSize(); i++) {
                if (!accumulate(e.getAt(i), variables, num, den)) {
                    return false;
                }
            }
            return true;
        }
        IExpr factor = F.C1;
        IExpr symbol = e;
        if (e.isTimes() && e.argSize() == 2 && e.getAt(1).isRational()) {
            factor = e.getAt(1);
            symbol = e.getAt(2);
        }
        int index = variables.indexOf(symbol);
        if (index < 0 || num[index] != 0 || !factor.isRational()) {
            return false;
        }
        IRational r = (IRational) factor;
        if (r.toBigNumerator().bitLength() > 31 || r.toBigDenominator().bitLength() > 31) {
            return false;
        }
        num[index] = r.toBigNumerator().longValue();
        den[index] = r.toBigDenominator().longValue();
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LinearForm f && java.util.Arrays.equals(numerators, f.numerators)
                && java.util.Arrays.equals(denominators, f.denominators);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(numerators) + java.util.Arrays.hashCode(denominators);
    }
}
