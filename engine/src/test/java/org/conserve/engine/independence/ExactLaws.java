package org.conserve.engine.independence;

import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/** Hand-written conserved quantities with their exact gradients, for tests without training. */
final class ExactLaws implements GradientSource {

    /** A law H with its hand-derived gradient. */
    record Law(String name, ToDoubleFunction<double[]> value, java.util.function.Function<double[], double[]> gradient) {
    }

    private final int dimension;
    private final List<Law> laws;

    ExactLaws(int dimension, List<Law> laws) {
        this.dimension = dimension;
        this.laws = List.copyOf(laws);
    }

    List<Law> laws() {
        return laws;
    }

    @Override
    public int functionCount() {
        return laws.size();
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public void gradients(double[][] points, double[][][] gradients) {
        for (int p = 0; p < points.length; p++) {
            for (int i = 0; i < laws.size(); i++) {
                System.arraycopy(laws.get(i).gradient().apply(points[p]), 0, gradients[p][i], 0, dimension);
            }
        }
    }

    static double[][] uniformPoints(int count, double[] low, double[] high, Predicate<double[]> where, long seed) {
        Random random = new Random(seed);
        double[][] points = new double[count][];
        int filled = 0;
        while (filled < count) {
            double[] z = new double[low.length];
            for (int k = 0; k < z.length; k++) {
                z[k] = low[k] + (high[k] - low[k]) * random.nextDouble();
            }
            if (where.test(z)) {
                points[filled++] = z;
            }
        }
        return points;
    }

    // Isotropic 2D oscillator, z = (x, y, px, py): H = (x^2 + y^2 + px^2 + py^2) / 2.
    static final Law OSC_EX = new Law("Ex", z -> (z[0] * z[0] + z[2] * z[2]) / 2, z -> new double[] {z[0], 0, z[2], 0});
    static final Law OSC_EY = new Law("Ey", z -> (z[1] * z[1] + z[3] * z[3]) / 2, z -> new double[] {0, z[1], 0, z[3]});
    static final Law ANGULAR = new Law("L", z -> z[0] * z[3] - z[1] * z[2], z -> new double[] {z[3], -z[2], -z[1], z[0]});
    static final Law OSC_K = new Law("K", z -> z[0] * z[1] + z[2] * z[3], z -> new double[] {z[1], z[0], z[3], z[2]});

    // Kepler, GM = m = 1, z = (x, y, px, py).
    static final Law KEPLER_E = new Law("E",
            z -> (z[2] * z[2] + z[3] * z[3]) / 2 - 1 / r(z),
            z -> {
                double r3 = Math.pow(r(z), 3);
                return new double[] {z[0] / r3, z[1] / r3, z[2], z[3]};
            });
    static final Law KEPLER_AX = new Law("Ax",
            z -> z[3] * angular(z) - z[0] / r(z),
            z -> {
                double r3 = Math.pow(r(z), 3);
                double x = z[0], y = z[1], px = z[2], py = z[3];
                return new double[] {py * py - y * y / r3, -px * py + x * y / r3, -py * y, angular(z) + py * x};
            });
    static final Law KEPLER_AY = new Law("Ay",
            z -> -z[2] * angular(z) - z[1] / r(z),
            z -> {
                double r3 = Math.pow(r(z), 3);
                double x = z[0], y = z[1], px = z[2], py = z[3];
                return new double[] {-px * py + x * y / r3, px * px - x * x / r3, -angular(z) + px * y, -px * x};
            });

    // 1D harmonic oscillator, z = (x, p).
    static final Law OSC1_E = new Law("E", z -> (z[0] * z[0] + z[1] * z[1]) / 2, z -> new double[] {z[0], z[1]});
    static final Law OSC1_E_SQUARED = new Law("E^2",
            z -> Math.pow((z[0] * z[0] + z[1] * z[1]) / 2, 2),
            z -> {
                double e = (z[0] * z[0] + z[1] * z[1]) / 2;
                return new double[] {2 * e * z[0], 2 * e * z[1]};
            });
    static final Law CONSTANT_2D = new Law("1", z -> 1.0, z -> new double[] {0, 0});

    static double r(double[] z) {
        return Math.hypot(z[0], z[1]);
    }

    static double angular(double[] z) {
        return z[0] * z[3] - z[1] * z[2];
    }
}
