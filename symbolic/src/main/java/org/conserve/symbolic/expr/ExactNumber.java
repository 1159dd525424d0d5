package org.conserve.symbolic.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IRational;

/**
 * An exact rational number written as an integer, a decimal ({@code 0.1} is exactly 1/10), or a
 * fraction ({@code 8/3}, {@code -1/2}), the values a parameter can take.
 *
 * @param value   the exact value (a Symja integer or fraction in lowest terms)
 * @param numeric the nearest double
 */
public record ExactNumber(IRational value, double numeric) {
    private static final Pattern FRACTION = Pattern.compile("\\s*([+-]?)\\s*([0-9]+)\\s*/\\s*([0-9]+)\\s*");
    private static final Pattern DECIMAL = Pattern.compile("\\s*[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*");
    private static final int MAX_DIGITS = 100;

    /**
     * Reads {@code text}. @throws NumberFormatException with a message for a person when it is not a
     * number or an exact fraction, has a zero denominator, or is absurdly long.
     */
    public static ExactNumber parse(String text) {
        if (text.length() > MAX_DIGITS + 10) {
            throw new NumberFormatException("longer than " + MAX_DIGITS + " digits");
        }
        Matcher fraction = FRACTION.matcher(text);
        if (fraction.matches()) {
            BigInteger numerator = new BigInteger(fraction.group(2));
            BigInteger denominator = new BigInteger(fraction.group(3));
            if (denominator.signum() == 0) {
                throw new NumberFormatException("a fraction with denominator 0");
            }
            return of(fraction.group(1).equals("-") ? numerator.negate() : numerator, denominator);
        }
        if (DECIMAL.matcher(text).matches()) {
            BigDecimal decimal = new BigDecimal(text.trim());
            if (Math.abs(decimal.scale()) > 400 || decimal.precision() > MAX_DIGITS) {
                throw new NumberFormatException("too large or too long");
            }
            BigInteger unscaled = decimal.unscaledValue();
            int scale = decimal.scale();
            return scale >= 0 ? of(unscaled, BigInteger.TEN.pow(scale)) : of(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
        }
        throw new NumberFormatException("not a number");
    }

    private static ExactNumber of(BigInteger numerator, BigInteger denominator) {
        BigInteger gcd = numerator.gcd(denominator);
        BigInteger p = gcd.signum() == 0 ? numerator : numerator.divide(gcd);
        BigInteger q = gcd.signum() == 0 ? denominator : denominator.divide(gcd);
        double numeric = new BigDecimal(p).divide(new BigDecimal(q), new MathContext(40)).doubleValue();
        if (!Double.isFinite(numeric)) {
            throw new NumberFormatException("too large for a double");
        }
        IRational value = q.equals(BigInteger.ONE) ? F.ZZ(p) : F.QQ(F.ZZ(p), F.ZZ(q));
        return new ExactNumber(value, numeric);
    }
}
