package org.conserve.symbolic.search;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import org.conserve.symbolic.pde.Rational;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Turns a null-space vector into a formula: coefficients recognised as small rationals and scaled to
 * coprime integers, a conventional sign, and the Symja expression. Stateless.
 */
final class LawFormulas {

    private LawFormulas() {
    }

    /**
     * Replaces the coefficients by small rationals scaled to coprime integers, with the first
     * polynomial term positive, when every one is recognised; tiny ones become 0 either way.
     */
    static Optional<Rational[]> rationalise(double[] c, long maxDenominator) {
        double largest = 0;
        for (double x : c) {
            largest = Math.max(largest, Math.abs(x));
        }
        Rational[] exact = new Rational[c.length];
        boolean allRecognised = true;
        for (int k = 0; k < c.length; k++) {
            if (Math.abs(c[k]) < 1e-9 * largest) {
                c[k] = 0;
                exact[k] = Rational.ZERO;
                continue;
            }
            Optional<Rational> r = Rationals.recognise(c[k], maxDenominator, 1e-7);
            allRecognised &= r.isPresent();
            exact[k] = r.orElse(Rational.ZERO);
        }
        if (!allRecognised) {
            return Optional.empty();
        }
        BigInteger lcm = BigInteger.ONE;
        for (Rational r : exact) {
            lcm = lcm.divide(lcm.gcd(r.denominator())).multiply(r.denominator());
        }
        BigInteger gcd = BigInteger.ZERO;
        for (Rational r : exact) {
            gcd = gcd.gcd(r.multiply(Rational.of(lcm, BigInteger.ONE)).numerator());
        }
        Rational factor = Rational.of(lcm, gcd);
        for (int k = 0; k < exact.length; k++) {
            exact[k] = exact[k].multiply(factor);
            c[k] = exact[k].doubleValue();
        }
        return Optional.of(exact);
    }

    /**
     * sum_k c_k b_k as a Symja expression (unevaluated), with exact coefficients when given; flips
     * the sign first so that the first polynomial term is positive.
     */
    static IExpr expression(Basis basis, Optional<Rational[]> exact, double[] c, List<ISymbol> variables) {
        int firstPolynomial = -1;
        for (int k = 0; k < c.length && firstPolynomial < 0; k++) {
            if (c[k] != 0 && basis.function(k).block() < 0) {
                firstPolynomial = k;
            }
        }
        if (firstPolynomial >= 0 && c[firstPolynomial] < 0) {
            for (int k = 0; k < c.length; k++) {
                c[k] = -c[k];
                if (exact.isPresent()) {
                    exact.get()[k] = exact.get()[k].negate();
                }
            }
        }
        IASTAppendable sum = F.PlusAlloc(c.length);
        for (int k = 0; k < c.length; k++) {
            if (c[k] != 0) {
                IExpr coefficient = exact.isPresent()
                        ? F.fraction(exact.get()[k].numerator(), exact.get()[k].denominator())
                        : F.num(c[k]);
                sum.append(F.Times(coefficient, basis.expression(k, variables)));
            }
        }
        return sum;
    }
}
