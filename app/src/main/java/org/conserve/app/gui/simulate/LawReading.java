package org.conserve.app.gui.simulate;

import java.util.Locale;

/**
 * An expected law's value now, beside its value at t = 0: a conserved quantity keeps its digits.
 *
 * @param expression the law as written in the file
 * @param tex        the law as TeX
 * @param value      its value at the shown time
 * @param initial    its value at t = 0
 */
public record LawReading(String expression, String tex, double value, double initial) {

    /** The value with ten significant digits. */
    public String formattedValue() {
        return String.format(Locale.ROOT, "%.10g", value);
    }

    /**
     * The change since t = 0: relative where the initial value is not tiny (a total momentum that is zero
     * has no relative change), absolute otherwise.
     */
    public String formattedChange() {
        double change = value - initial;
        if (Math.abs(initial) > 1e-9) {
            return String.format(Locale.ROOT, "relative change %.1e", change / Math.abs(initial));
        }
        return String.format(Locale.ROOT, "change %.1e", change);
    }
}
