package org.conserve.app.gui.simulate;

import java.util.ArrayList;
import java.util.List;

/**
 * An axis range that only grows (a plot that rescales every frame is hard to watch), with "nice" tick
 * values (1, 2 or 5 times a power of ten).
 */
public final class PlotRange {
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** Widens the range to include {@code value} (non-finite values are ignored). */
    public void include(double value) {
        if (Double.isFinite(value)) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
    }

    public void reset() {
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
    }

    public boolean isEmpty() {
        return min > max;
    }

    /** The lower end with 8% margin; a single value gets a unit-wide range around it. */
    public double lower() {
        return isEmpty() ? -1 : min == max ? min - 1 : min - 0.08 * (max - min);
    }

    public double upper() {
        return isEmpty() ? 1 : min == max ? max + 1 : max + 0.08 * (max - min);
    }

    /** Grows this range about its centre to span at least {@code span}. */
    public double[] atLeast(double span) {
        double lower = lower();
        double upper = upper();
        if (upper - lower < span) {
            double centre = (lower + upper) / 2;
            return new double[] {centre - span / 2, centre + span / 2};
        }
        return new double[] {lower, upper};
    }

    /** About {@code count} tick values between {@code lower} and {@code upper}, at nice numbers. */
    public static List<Double> ticks(double lower, double upper, int count) {
        double raw = (upper - lower) / Math.max(1, count);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double factor : new double[] {1, 2, 5, 10}) {
            step = factor * magnitude;
            if (step >= raw) {
                break;
            }
        }
        List<Double> ticks = new ArrayList<>();
        for (double tick = Math.ceil(lower / step) * step; tick <= upper + 1e-9 * step; tick += step) {
            ticks.add(Math.abs(tick) < 1e-12 * step ? 0.0 : tick);
        }
        return ticks;
    }
}
