package org.conserve.symbolic.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.conserve.engine.system.Interval;
import org.conserve.engine.system.OdeSystem;
import org.conserve.engine.system.PdeSystem;
import org.junit.jupiter.api.Test;

class SystemLoaderTest {
    private static final double TOLERANCE = 1e-14;

    @Test
    void compilesKeplerWithItsWhereAndLaws() {
        OdeSystem kepler = SystemLoader.ode(SystemFiles.read(ValidSystemFilesTest.resource("valid/kepler.yaml")));
        double[] z = {0.6, -0.8, 0.3, 0.7};
        double[] rate = new double[4];
        kepler.field().evaluate(z, rate);
        double r3 = Math.pow(0.6 * 0.6 + 0.8 * 0.8, 1.5);
        assertArrayEquals(new double[] {0.3, 0.7, -0.6 / r3, 0.8 / r3}, rate, TOLERANCE);

        assertTrue(kepler.where().accepts(z));
        assertFalse(kepler.where().accepts(new double[] {0.3, 0.3, 0, 0}), "r^2 = 0.18 < 0.25");
        assertEquals(new Interval(-1, 1), kepler.box().interval(3));
        assertEquals(3, kepler.expectedCount().getAsInt());

        double energy = (0.3 * 0.3 + 0.7 * 0.7) / 2 - 1;
        assertEquals(energy, kepler.expectedLaws().get(0).function().value(z), TOLERANCE);
        assertEquals(0.6 * 0.7 + 0.8 * 0.3, kepler.expectedLaws().get(1).function().value(z), TOLERANCE);
        assertEquals("x*py - y*px", kepler.expectedLaws().get(1).expression());
        assertArrayEquals(new double[] {1, 0, 0, 1},
                SystemLoader.initialState(SystemFiles.read(ValidSystemFilesTest.resource("valid/kepler.yaml"))).orElseThrow());
    }

    @Test
    void substitutesExactParameters() {
        OdeSystem lorenz = SystemLoader.ode(SystemFiles.read(ValidSystemFilesTest.resource("valid/lorenz.yaml")));
        double[] rate = new double[3];
        lorenz.field().evaluate(new double[] {1, 2, 3}, rate);
        assertArrayEquals(new double[] {10 * (2 - 1), 1 * (28 - 3) - 2, 1 * 2 - 8.0 / 3 * 3}, rate, TOLERANCE);
    }

    @Test
    void aVariableCalledIIsTheVariable() {
        OdeSystem sir = SystemLoader.ode(SystemFiles.read(ValidSystemFilesTest.resource("valid/sir.yaml")));
        double[] rate = new double[3];
        sir.field().evaluate(new double[] {0.5, 0.25, 0.25}, rate);
        assertArrayEquals(new double[] {-0.3 * 0.5 * 0.25, 0.3 * 0.5 * 0.25 - 0.1 * 0.25, 0.1 * 0.25}, rate, TOLERANCE);
        assertEquals(1.0, sir.expectedLaws().get(0).function().value(new double[] {0.5, 0.25, 0.25}), TOLERANCE);
    }

    @Test
    void compilesKdvOnItsJet() {
        SystemDefinition definition = SystemFiles.read(ValidSystemFilesTest.resource("valid/kdv.yaml"));
        PdeSystem kdv = SystemLoader.pde(definition);
        assertEquals(List.of("u"), kdv.fields());
        assertEquals(3, kdv.jet().maxOrder());
        assertEquals(List.of(0, 1), kdv.densityFeatures());
        assertEquals(64, kdv.grid().points());
        assertArrayEquals(new double[] {0, 0, 0, -1}, kdv.linear()[0][0], TOLERANCE, "u_t = 6 u u_x - u_xxx: linear part -u_xxx");

        double[] jet = {1.5, 2, -1, 3};
        double[] rate = new double[1];
        kdv.rate().evaluate(jet, rate);
        assertEquals(6 * 1.5 * 2 - 3, rate[0], TOLERANCE);
        assertEquals(1.5 * 1.5 * 1.5 + 2, kdv.expectedLaws().get(2).function().value(jet), TOLERANCE);

        double[][] initial = SystemLoader.initialFields(definition).orElseThrow();
        for (int j = 0; j < kdv.grid().points(); j++) {
            double x = kdv.grid().x(j);
            assertEquals(-2 / Math.pow(Math.cosh(x), 2), initial[0][j], TOLERANCE);
        }
    }

    @Test
    void compilesTwoFieldsWithDefaultsAndTheirCouplings() {
        SystemDefinition definition = SystemFiles.read(ValidSystemFilesTest.resource("valid/nls.yaml"));
        assertEquals(Sampling.States.DEFAULT, definition.sampling(), "no sampling key: the documented defaults");
        PdeSystem nls = SystemLoader.pde(definition);
        assertEquals(2, nls.jet().maxOrder());
        assertEquals(List.of(0, 3, 1, 4), nls.densityFeatures(), "a, b, a_x, b_x in the jet [a, a_x, a_xx, b, b_x, b_xx]");
        assertEquals(new Interval(-2 * Math.PI, 2 * Math.PI), nls.grid().domain());
        assertArrayEquals(new double[] {0, 0, -1}, nls.linear()[0][1], TOLERANCE, "a_t = -b_xx + ...");
        assertArrayEquals(new double[] {0, 0, 1}, nls.linear()[1][0], TOLERANCE, "b_t = a_xx + ...");
        assertArrayEquals(new double[] {0, 0, 0}, nls.linear()[0][0], TOLERANCE);

        double a = 0.5;
        double b = -0.25;
        double[] jet = {a, 0.1, 0.3, b, 0.2, -0.4};
        double[] rate = new double[2];
        nls.rate().evaluate(jet, rate);
        double modulus = a * a + b * b;
        assertArrayEquals(new double[] {0.4 - 2 * modulus * b, 0.3 + 2 * modulus * a}, rate, TOLERANCE);
        assertEquals(a * 0.2 - b * 0.1, nls.expectedLaws().get(1).function().value(jet), TOLERANCE);
    }
}
