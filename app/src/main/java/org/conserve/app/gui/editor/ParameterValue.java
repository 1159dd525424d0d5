package org.conserve.app.gui.editor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parameter's value as the system format allows it: a number ({@code 2}, {@code -0.5}, {@code 1e-3}) or
 * an exact fraction ({@code 8/3}); and the slider's range around it. Stateless; thread-safe.
 */
public final class ParameterValue {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern FRACTION = Pattern.compile("([+-]?\\d+)/(\\d+)");
    /** Significant digits a slider writes: enough to see the change, few enough to read. */
    private static final MathContext SLIDER_DIGITS = new MathContext(3);

    private ParameterValue() {
    }

    /** The value of {@code written}; empty when it is neither a finite number nor a fraction. */
    public static OptionalDouble parse(String written) {
        String text = written.strip();
        if (NUMBER.matcher(text).matches()) {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
        }
        Matcher fraction = FRACTION.matcher(text);
        if (fraction.matches()) {
            double denominator = Double.parseDouble(fraction.group(2));
            return denominator == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(Double.parseDouble(fraction.group(1)) / denominator);
        }
        return OptionalDouble.empty();
    }

    /** What is wrong with {@code written} as the value of {@code name}; "" when it is a valid value. */
    public static String problem(String name, String written) {
        if (parse(written).isPresent()) {
            return "";
        }
        return name + " must be a number (such as 2, -0.5 or 1e-3) or a fraction (such as 8/3), got '"
                + written.strip() + "'";
    }

    /** {@code value} as a slider writes it: three significant digits, no exponent, no trailing zeros. */
    public static String format(double value) {
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(SLIDER_DIGITS).stripTrailingZeros().toPlainString();
    }

    /**
     * A slider's range around a value v: for v != 0 a logarithmic scale from |v|/10 to 10|v| (with v's
     * sign), so the slider's middle is v and each end one order of magnitude away; for 0 the line from -1
     * to 1. Positions run from -1 to 1.
     */
    public record Range(double centre) {
        public double value(double position) {
            double clamped = Math.max(-1, Math.min(1, position));
            return centre == 0 ? clamped : centre * Math.pow(10, clamped);
        }

        /** The position of {@code value}; NaN when the range cannot show it (other sign, or outside). */
        public double position(double value) {
            double position = centre == 0 ? value : value / centre > 0 ? Math.log10(value / centre) : Double.NaN;
            return position >= -1 - 1e-12 && position <= 1 + 1e-12 ? Math.max(-1, Math.min(1, position)) : Double.NaN;
        }
    }
}
