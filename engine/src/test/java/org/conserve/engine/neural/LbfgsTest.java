package org.conserve.engine.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LbfgsTest {

    /** Rosenbrock f = (1 - x)^2 + 100 (y - x^2)^2, minimum 0 at (1, 1). */
    private static double rosenbrock(double[] z, double[] gradient) {
        double x = z[0];
        double y = z[1];
        gradient[0] = -2 * (1 - x) - 400 * x * (y - x * x);
        gradient[1] = 200 * (y - x * x);
        return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
    }

    @Test
    void minimisesRosenbrockFromTheClassicStart() {
        double[] z = {-1.2, 1.0};
        int iterations = new Lbfgs(5).minimise(LbfgsTest::rosenbrock, z, 500, (i, value) -> value > 1e-20);
        assertEquals(1.0, z[0], 1e-8);
        assertEquals(1.0, z[1], 1e-8);
        assertTrue(iterations < 100, "iterations " + iterations);
    }

    @Test
    void monitorCanStopAfterTheFirstIteration() {
        double[] z = {-1.2, 1.0};
        int iterations = new Lbfgs(5).minimise(LbfgsTest::rosenbrock, z, 500, (i, value) -> false);
        assertEquals(1, iterations);
        double[] gradient = new double[2];
        assertTrue(rosenbrock(z, gradient) < rosenbrock(new double[] {-1.2, 1.0}, gradient));
    }
}
