package org.conserve.app.gui.laws;

/**
 * One line of a law plot: {@code y[i]} against {@code x[i]}.
 *
 * @param label what the line is, for the legend
 * @param x     abscissae (time or the varied variable)
 * @param y     values, as long as {@code x}
 */
public record Curve(String label, double[] x, double[] y) {
    public Curve {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " and " + y.length);
        }
    }
}
