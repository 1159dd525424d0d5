package org.conserve.app.gui.simulate;

import java.util.List;
import java.util.OptionalInt;

import org.conserve.engine.system.Box;
import org.conserve.engine.system.Interval;
import org.conserve.engine.system.NamedFunction;
import org.conserve.engine.system.OdeSystem;
import org.conserve.engine.system.PointFilter;
import org.conserve.engine.system.VectorField;

/** Small systems written in Java for the simulation tests, independent of the file compiler. */
final class TestSystems {
    private TestSystems() {
    }

    /** x' = p, p' = -x with the energy (x^2 + p^2)/2. */
    static OdeSystem oscillator() {
        VectorField field = field(2, (z, rate) -> {
            rate[0] = z[1];
            rate[1] = -z[0];
        });
        return new OdeSystem("Harmonic oscillator", "", List.of("x", "p"), field,
                box(2), PointFilter.ALL, OptionalInt.of(1),
                List.of(new NamedFunction("(x^2 + p^2)/2", z -> (z[0] * z[0] + z[1] * z[1]) / 2)));
    }

    /** x' = x^2, which leaves every bound at t = 1 / x(0). */
    static OdeSystem blowUp() {
        VectorField field = field(1, (z, rate) -> rate[0] = z[0] * z[0]);
        return new OdeSystem("Blow-up", "", List.of("x"), field, box(1), PointFilter.ALL, OptionalInt.empty(),
                List.of());
    }

    /** Kepler in the plane with k = 1: a body, energy and angular momentum. */
    static OdeSystem kepler() {
        VectorField field = field(4, (z, rate) -> {
            double r3 = Math.pow(z[0] * z[0] + z[1] * z[1], 1.5);
            rate[0] = z[2];
            rate[1] = z[3];
            rate[2] = -z[0] / r3;
            rate[3] = -z[1] / r3;
        });
        return new OdeSystem("Kepler", "", List.of("x", "y", "px", "py"), field, box(4), PointFilter.ALL,
                OptionalInt.of(3), List.of(
                        new NamedFunction("(px^2+py^2)/2 - 1/Sqrt(x^2+y^2)",
                                z -> (z[2] * z[2] + z[3] * z[3]) / 2 - 1 / Math.hypot(z[0], z[1])),
                        new NamedFunction("x*py - y*px", z -> z[0] * z[3] - z[1] * z[2])));
    }

    private interface Rate {
        void evaluate(double[] z, double[] rate);
    }

    private static VectorField field(int dimension, Rate rate) {
        return new VectorField() {
            @Override
            public int dimension() {
                return dimension;
            }

            @Override
            public void evaluate(double[] state, double[] out) {
                rate.evaluate(state, out);
            }
        };
    }

    private static Box box(int dimension) {
        return new Box(java.util.Collections.nCopies(dimension, new Interval(-2, 2)));
    }
}
