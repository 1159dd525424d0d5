package org.conserve.engine.system;

/** A closed interval [min, max] with min &lt; max, both finite. */
public record Interval(double min, double max) {
    public Interval {
        if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
            throw new IllegalArgumentException("interval needs finite min < max, got [" + min + ", " + max + "]");
        }
    }

    public double width() {
        return max - min;
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
    }
}
