package org.conserve.engine.neural;

import java.util.Random;
import java.util.function.Predicate;

/** Hand-written vector fields with uniform samples in a box, for training tests and benchmarks. */
final class TestSystems {

    interface Field {
        void rate(double[] z, double[] f);
    }

    private TestSystems() {
    }

    /** 1D harmonic oscillator x' = p, p' = -x. */
    static final Field OSCILLATOR_1D = (z, f) -> {
        f[0] = z[1];
        f[1] = -z[0];
    };

    /** 2D isotropic oscillator, z = (x, y, px, py). */
    /** x, y, px, py with frequencies 1 and 2 (oscillator-2d-ratio-2.yaml). */
    static final Field RATIO_2 = (z, f) -> {
        f[0] = z[2];
        f[1] = z[3];
        f[2] = -z[0];
        f[3] = -4 * z[1];
    };

    static final Field ISOTROPIC_2D = (z, f) -> {
        f[0] = z[2];
        f[1] = z[3];
        f[2] = -z[0];
        f[3] = -z[1];
    };

    /** Planar Kepler, GM = 1, z = (x, y, px, py). */
    static final Field KEPLER = (z, f) -> {
        double r3 = Math.pow(Math.hypot(z[0], z[1]), 3);
        f[0] = z[2];
        f[1] = z[3];
        f[2] = -z[0] / r3;
        f[3] = -z[1] / r3;
    };

    /** Damped oscillator x' = p, p' = -x - 0.5 p. */
    static final Field DAMPED = (z, f) -> {
        f[0] = z[1];
        f[1] = -z[0] - 0.5 * z[1];
    };

    /** Henon-Heiles, V = (x^2 + y^2)/2 + x^2 y - y^3/3, z = (x, y, px, py). */
    static final Field HENON_HEILES = (z, f) -> {
        f[0] = z[2];
        f[1] = z[3];
        f[2] = -z[0] - 2 * z[0] * z[1];
        f[3] = -z[1] - z[0] * z[0] + z[1] * z[1];
    };

    static double henonHeilesEnergy(double[] z) {
        return (z[2] * z[2] + z[3] * z[3]) / 2 + (z[0] * z[0] + z[1] * z[1]) / 2 + z[0] * z[0] * z[1]
                - z[1] * z[1] * z[1] / 3;
    }

    /** Uniform samples in the box [low_k, high_k] that pass {@code where}. */
    static Samples uniformBox(Field field, int count, double[] low, double[] high, Predicate<double[]> where,
            long seed) {
        Random random = new Random(seed);
        int d = low.length;
        double[][] points = new double[count][];
        double[][] rates = new double[count][];
        int filled = 0;
        while (filled < count) {
            double[] z = new double[d];
            for (int k = 0; k < d; k++) {
                z[k] = low[k] + (high[k] - low[k]) * random.nextDouble();
            }
            if (where.test(z)) {
                double[] f = new double[d];
                field.rate(z, f);
                points[filled] = z;
                rates[filled++] = f;
            }
        }
        return new Samples(points, rates);
    }

    static Samples uniform(Field field, int count, double low, double high, int d, Predicate<double[]> where,
            long seed) {
        double[] lows = new double[d];
        double[] highs = new double[d];
        java.util.Arrays.fill(lows, low);
        java.util.Arrays.fill(highs, high);
        return uniformBox(field, count, lows, highs, where, seed);
    }
}
