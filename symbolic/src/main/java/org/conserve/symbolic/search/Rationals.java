package org.conserve.symbolic.search;

import java.math.BigInteger;
import java.util.Optional;

import org.conserve.symbolic.pde.Rational;

/**
 * Recognises floating-point coefficients as small rationals by continued fractions. Stateless.
 */
final class Rationals {

    private Rationals() {
    }

    /**
     * The fraction p/q with q &lt;= maxDenominator nearest to x along its continued fraction, if it
     * is within {@code relativeTolerance * max(1, |x|)} of x.
     */
    static Optional<Rational> recognise(double x, long maxDenominator, double relativeTolerance) {
        double tolerance = relativeTolerance * Math.max(1, Math.abs(x));
        long previousNumerator = 1;
        long previousDenominator = 0;
        long numerator = (long) Math.floor(x);
        long denominator = 1;
        double remainder = x - Math.floor(x);
        while (Math.abs(x - (double) numerator / denominator) > tolerance) {
            if (remainder < 1e-15) {
                return Optional.empty();
            }
            double inverse = 1 / remainder;
            long term = (long) Math.floor(inverse);
            remainder = inverse - term;
            long nextNumerator = term * numerator + previousNumerator;
            long nextDenominator = term * denominator + previousDenominator;
            if (nextDenominator > maxDenominator || nextDenominator <= 0) {
                return Optional.empty();
            }
            previousNumerator = numerator;
            previousDenominator = denominator;
            numerator = nextNumerator;
            denominator = nextDenominator;
        }
        return Optional.of(Rational.of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator)));
    }
}
