package org.conserve.engine.sampling;

import java.util.List;
import java.util.OptionalInt;
import org.conserve.engine.system.Box;
import org.conserve.engine.system.Interval;
import org.conserve.engine.system.Jet;
import org.conserve.engine.system.LocalRate;
import org.conserve.engine.system.OdeSystem;
import org.conserve.engine.system.PdeSystem;
import org.conserve.engine.system.PeriodicGrid;
import org.conserve.engine.system.PointFilter;
import org.conserve.engine.system.VectorField;

/** Hand-written systems for the engine's numerical tests (no Symja in the engine). */
public final class ExampleSystems {

    private ExampleSystems() {
    }

    /** A vector field from a lambda. */
    public static VectorField field(int dimension, FieldBody body) {
        return new VectorField() {
            @Override
            public int dimension() {
                return dimension;
            }

            @Override
            public void evaluate(double[] state, double[] rate) {
                body.evaluate(state, rate);
            }
        };
    }

    /** The body of a vector field. */
    @FunctionalInterface
    public interface FieldBody {
        void evaluate(double[] state, double[] rate);
    }

    public static OdeSystem ode(String name, VectorField field, Box box, PointFilter where, String... variables) {
        return new OdeSystem(name, "", List.of(variables), field, box, where, OptionalInt.empty(), List.of());
    }

    public static Box cube(int dimension, double min, double max) {
        Interval[] intervals = new Interval[dimension];
        java.util.Arrays.fill(intervals, new Interval(min, max));
        return new Box(List.of(intervals));
    }

    /** x' = p, p' = -x; energy (x^2 + p^2)/2. */
    public static OdeSystem harmonicOscillator() {
        return ode("harmonic oscillator", field(2, (z, f) -> {
            f[0] = z[1];
            f[1] = -z[0];
        }), cube(2, -1, 1), PointFilter.ALL, "x", "p");
    }

    /** Planar Kepler problem with GM = 1: z = (x, y, px, py). */
    public static OdeSystem kepler() {
        return ode("Kepler", field(4, (z, f) -> {
            double r2 = z[0] * z[0] + z[1] * z[1];
            double r3 = r2 * Math.sqrt(r2);
            f[0] = z[2];
            f[1] = z[3];
            f[2] = -z[0] / r3;
            f[3] = -z[1] / r3;
        }), cube(4, -2, 2), z -> z[0] * z[0] + z[1] * z[1] > 0.25, "x", "y", "px", "py");
    }

    /** Planar gravitational three-body problem, G = m = 1: z = (x1, y1, x2, y2, x3, y3, then velocities). */
    public static VectorField threeBody() {
        return field(12, (z, f) -> {
            for (int i = 0; i < 6; i++) {
                f[i] = z[6 + i];
                f[6 + i] = 0;
            }
            for (int a = 0; a < 3; a++) {
                for (int b = a + 1; b < 3; b++) {
                    double dx = z[2 * b] - z[2 * a];
                    double dy = z[2 * b + 1] - z[2 * a + 1];
                    double r2 = dx * dx + dy * dy;
                    double inv3 = 1 / (r2 * Math.sqrt(r2));
                    f[6 + 2 * a] += dx * inv3;
                    f[6 + 2 * a + 1] += dy * inv3;
                    f[6 + 2 * b] -= dx * inv3;
                    f[6 + 2 * b + 1] -= dy * inv3;
                }
            }
        });
    }

    /** Energy of the planar three-body problem, G = m = 1. */
    public static double threeBodyEnergy(double[] z) {
        double kinetic = 0;
        for (int i = 6; i < 12; i++) {
            kinetic += z[i] * z[i] / 2;
        }
        double potential = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = a + 1; b < 3; b++) {
                potential -= 1 / Math.hypot(z[2 * b] - z[2 * a], z[2 * b + 1] - z[2 * a + 1]);
            }
        }
        return kinetic + potential;
    }

    public static PdeSystem pde(String name, Jet jet, PeriodicGrid grid, LocalRate rate, double[][][] linear,
                                List<Integer> densityFeatures) {
        return new PdeSystem(name, "", jet, grid, rate, linear, densityFeatures, OptionalInt.empty(), List.of());
    }

    /** KdV u_t = 6 u u_x - u_xxx; jet (u, u_x, u_xx, u_xxx); density features u, u_x. */
    public static PdeSystem kdv(double min, double max, int points) {
        Jet jet = new Jet(List.of("u"), 3);
        double[][][] linear = {{{0, 0, 0, -1}}};
        return pde("KdV", jet, new PeriodicGrid(new Interval(min, max), points),
                (j, r) -> r[0] = 6 * j[0] * j[1] - j[3], linear, List.of(0, 1));
    }

    /**
     * Cubic NLS i psi_t + psi_xx/2 - k |psi|^2 psi = 0 with psi = a + i b:
     * a_t = -b_xx/2 + k (a^2+b^2) b, b_t = a_xx/2 - k (a^2+b^2) a. Jet (a, a_x, a_xx, b, b_x, b_xx).
     */
    public static PdeSystem nls(double k, double min, double max, int points) {
        Jet jet = new Jet(List.of("a", "b"), 2);
        double[][][] linear = {{{0, 0, 0}, {0, 0, -0.5}}, {{0, 0, 0.5}, {0, 0, 0}}};
        return pde("NLS", jet, new PeriodicGrid(new Interval(min, max), points), (j, r) -> {
            double a = j[0];
            double b = j[3];
            double mass = a * a + b * b;
            r[0] = -j[5] / 2 + k * mass * b;
            r[1] = j[2] / 2 - k * mass * a;
        }, linear, List.of(0, 1, 3, 4));
    }
}
