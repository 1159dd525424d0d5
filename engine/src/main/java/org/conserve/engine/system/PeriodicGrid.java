package org.conserve.engine.system;

/**
 * A uniform periodic grid on [min, max): {@code points} nodes x_j = min + j (max - min) / points.
 */
public record PeriodicGrid(Interval domain, int points) {
    public PeriodicGrid {
        if (points < 4) {
            throw new IllegalArgumentException("a periodic grid needs at least 4 points, got " + points);
        }
    }

    public double length() {
        return domain.width();
    }

    public double spacing() {
        return domain.width() / points;
    }

    public double x(int j) {
        return domain.min() + j * spacing();
    }
}
