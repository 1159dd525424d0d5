package org.conserve.engine.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;
import org.conserve.engine.sampling.ExampleSystems;
import org.conserve.engine.system.Interval;
import org.conserve.engine.system.Jet;
import org.conserve.engine.system.PdeSystem;
import org.conserve.engine.system.PeriodicGrid;
import org.conserve.engine.system.ScalarFunction;
import org.junit.jupiter.api.Test;

class PdeSimulatorTest {

    private final PdeSimulator simulator = new PdeSimulator();

    /** KdV soliton of u_t = 6 u u_x - u_xxx: u = -(c/2) sech^2(sqrt(c)/2 (x - x0 - c t)). */
    static double soliton(double c, double x0, double x, double t) {
        double s = 1 / Math.cosh(Math.sqrt(c) / 2 * (x - x0 - c * t));
        return -c / 2 * s * s;
    }

    static double[][] sample(PeriodicGrid grid, DoubleUnaryOperator... fields) {
        double[][] values = new double[fields.length][grid.points()];
        for (int f = 0; f < fields.length; f++) {
            for (int j = 0; j < grid.points(); j++) {
                values[f][j] = fields[f].applyAsDouble(grid.x(j));
            }
        }
        return values;
    }

    static double largestRelativeChange(PdeTrajectory trajectory, int density) {
        double first = trajectory.integrals()[0][density];
        double worst = 0;
        for (double[] row : trajectory.integrals()) {
            worst = Math.max(worst, Math.abs(row[density] - first) / Math.abs(first));
        }
        return worst;
    }

    @Test
    void linearAdvectionIsExactAndTakesFewSteps() {
        // u_t = -u_x: a purely linear equation, integrated exactly by the integrating factor.
        PdeSystem advection = ExampleSystems.pde("advection", new Jet(List.of("u"), 1),
                new PeriodicGrid(new Interval(0, 2 * Math.PI), 32), (jet, rate) -> rate[0] = -jet[1],
                new double[][][]{{{0, -1}}}, List.of(0));
        PdeTrajectory trajectory = simulator.simulate(advection, sample(advection.grid(), Math::sin), 3, 3,
                List.of());
        for (int j = 0; j < 32; j++) {
            double x = advection.grid().x(j);
            assertEquals(Math.sin(x - 3), trajectory.fields()[3][0][j], 1e-13);
        }
        assertTrue(trajectory.acceptedSteps() <= 6, "steps: " + trajectory.acceptedSteps());
    }

    @Test
    void heatEquationDecaysEachModeExactly() {
        // u_t = u_xx: sin(x) + cos(3x)/2 decays as exp(-t) sin(x) + exp(-9t) cos(3x)/2
        PdeSystem heat = ExampleSystems.pde("heat", new Jet(List.of("u"), 2),
                new PeriodicGrid(new Interval(0, 2 * Math.PI), 24), (jet, rate) -> rate[0] = jet[2],
                new double[][][]{{{0, 0, 1}}}, List.of(0));
        PdeTrajectory trajectory = simulator.simulate(heat,
                sample(heat.grid(), x -> Math.sin(x) + Math.cos(3 * x) / 2), 0.5, 5, List.of(jet -> jet[0] * jet[0]));
        for (int i = 0; i < trajectory.size(); i++) {
            double t = trajectory.times()[i];
            for (int j = 0; j < 24; j++) {
                double x = heat.grid().x(j);
                double exact = Math.exp(-t) * Math.sin(x) + Math.exp(-9 * t) * Math.cos(3 * x) / 2;
                assertEquals(exact, trajectory.fields()[i][0][j], 1e-13);
            }
            // integral of u^2 over the period: pi exp(-2t) + pi/4 exp(-18t)
            assertEquals(Math.PI * Math.exp(-2 * t) + Math.PI / 4 * Math.exp(-18 * t), trajectory.integrals()[i][0],
                    1e-12);
        }
    }

    @Test
    void resultDoesNotDependOnHowTheLinearPartIsSplitOff() {
        // The same KdV with no linear part declared: everything, u_xxx included, goes through the explicit
        // nonlinear term. Stiffer, hence more steps, but the same solution.
        PdeSystem split = ExampleSystems.kdv(-10, 10, 64);
        PdeSystem unsplit = ExampleSystems.pde("KdV unsplit", split.jet(), split.grid(), split.rate(),
                new double[][][]{{{0, 0, 0, 0}}}, split.densityFeatures());
        double[][] initial = sample(split.grid(), x -> 0.5 * Math.cos(Math.PI * x / 10) + 0.3 * Math.sin(Math.PI * x / 5));
        PdeTrajectory withSplit = simulator.simulate(split, initial, 0.5, 1, List.of());
        PdeTrajectory without = simulator.simulate(unsplit, initial, 0.5, 1, List.of());
        for (int j = 0; j < 64; j++) {
            assertEquals(withSplit.fields()[1][0][j], without.fields()[1][0][j], 1e-8);
        }
        assertTrue(without.acceptedSteps() > withSplit.acceptedSteps());
    }

    @Test
    void kdvSolitonMovesRightAtItsSpeed() {
        PdeSystem kdv = ExampleSystems.kdv(-20, 20, 256);
        double c = 2;
        PdeTrajectory trajectory = simulator.simulate(kdv,
                sample(kdv.grid(), x -> soliton(c, -5, x, 0)), 4, 4, List.of());
        for (int i = 0; i < trajectory.size(); i++) {
            double t = trajectory.times()[i];
            for (int j = 0; j < 256; j++) {
                double x = kdv.grid().x(j);
                assertEquals(soliton(c, -5, x, t), trajectory.fields()[i][0][j], 1e-7, "t = " + t + ", x = " + x);
            }
        }
    }

    @Test
    void kdvTwoSolitonCollisionKeepsThreeIntegralsAndShiftsThePhases() {
        PdeSystem kdv = ExampleSystems.kdv(-25, 25, 256);
        List<ScalarFunction> densities = List.of(
                jet -> jet[0],
                jet -> jet[0] * jet[0],
                jet -> jet[0] * jet[0] * jet[0] + jet[1] * jet[1] / 2);
        // the fast soliton (c = 4) starts 12 behind the slow one (c = 1) and overtakes it near t = 4
        double end = 8;
        PdeTrajectory trajectory = simulator.simulate(kdv,
                sample(kdv.grid(), x -> soliton(4, -14, x, 0) + soliton(1, -2, x, 0)), end, 40, densities);
        assertTrue(trajectory.complete());
        // -2 sqrt(c) per soliton on the line; the period cuts off tails of about 1e-9
        assertEquals(-6, trajectory.integrals()[0][0], 1e-8);
        for (int d = 0; d < 3; d++) {
            double change = largestRelativeChange(trajectory, d);
            assertTrue(change < 1e-8, "density " + d + " changed by " + change);
        }
        // After the collision each soliton is shifted (kappa = sqrt(c)/2, kappa1 = 1, kappa2 = 1/2): the fast
        // one forward by ln((k1 + k2)/(k1 - k2)) / k1 = ln 3, the slow one back by ln 3 / k2 = 2 ln 3.
        double[] last = trajectory.fields()[trajectory.size() - 1][0];
        for (int j = 0; j < 256; j++) {
            double x = kdv.grid().x(j);
            double expected = soliton(4, -14 + Math.log(3), x, end) + soliton(1, -2 - 2 * Math.log(3), x, end);
            assertEquals(expected, last[j], 1e-3, "x = " + x);
        }
    }

    @Test
    void nlsBrightSolitonRotatesItsPhaseAndKeepsItsMass() {
        // focusing NLS (k = -1): psi = sech(x) exp(i t / 2)
        PdeSystem nls = ExampleSystems.nls(-1, -20, 20, 256);
        PdeTrajectory trajectory = simulator.simulate(nls,
                sample(nls.grid(), x -> 1 / Math.cosh(x), x -> 0), 3, 6,
                List.of(jet -> jet[0] * jet[0] + jet[3] * jet[3]));
        for (int i = 0; i < trajectory.size(); i++) {
            double t = trajectory.times()[i];
            for (int j = 0; j < 256; j++) {
                double envelope = 1 / Math.cosh(nls.grid().x(j));
                assertEquals(envelope * Math.cos(t / 2), trajectory.fields()[i][0][j], 1e-7);
                assertEquals(envelope * Math.sin(t / 2), trajectory.fields()[i][1][j], 1e-7);
            }
        }
        assertEquals(2, trajectory.integrals()[0][0], 1e-10);
        assertTrue(largestRelativeChange(trajectory, 0) < 1e-9);
    }

    @Test
    void blowUpFailsWithTheTime() {
        // u_t = u^2 with u near 1 blows up near t = 1 / max u = 1 / 1.1
        PdeSystem riccati = ExampleSystems.pde("riccati", new Jet(List.of("u"), 0),
                new PeriodicGrid(new Interval(0, 2 * Math.PI), 16), (jet, rate) -> rate[0] = jet[0] * jet[0],
                new double[][][]{{{0}}}, List.of(0));
        EngineException error = assertThrows(EngineException.class, () -> simulator.simulate(riccati,
                sample(riccati.grid(), x -> 1 + 0.1 * Math.sin(x)), 2, 4, List.of()));
        assertEquals(EngineError.SIMULATION_FAILED, error.key());
        assertEquals(1 / 1.1, (Double) error.arguments().get(0), 0.02);
        assertTrue(error.getMessage().contains("t = "), error.getMessage());
    }

    @Test
    void stepLimitFailsInsteadOfRunningOn() {
        PdeSystem kdv = ExampleSystems.kdv(-20, 20, 128);
        EngineException error = assertThrows(EngineException.class, () -> new PdeSimulator(
                PdeSimulationSettings.DEFAULT.withMaxSteps(10)).simulate(kdv,
                sample(kdv.grid(), x -> soliton(2, 0, x, 0)), 5, 1, List.of()));
        assertEquals(EngineError.SIMULATION_FAILED, error.key());
        assertTrue(error.getMessage().contains("maxSteps"), error.getMessage());
    }

    @Test
    void listenerStopsTheRun() {
        PdeSystem kdv = ExampleSystems.kdv(-20, 20, 64);
        PdeTrajectory trajectory = simulator.simulate(kdv, sample(kdv.grid(), x -> soliton(1, 0, x, 0)), 10, 10,
                List.of(), time -> time > 2 ? SimulationControl.STOP : SimulationControl.CONTINUE);
        assertFalse(trajectory.complete());
        assertEquals(3, trajectory.size());
    }

    @Test
    void rejectsAnInitialFieldOfTheWrongLength() {
        PdeSystem kdv = ExampleSystems.kdv(-20, 20, 64);
        EngineException error = assertThrows(EngineException.class,
                () -> simulator.simulate(kdv, new double[1][63], 1, 1, List.of()));
        assertEquals(EngineError.INVALID_ARGUMENT, error.key());
        assertTrue(error.getMessage().contains("64"), error.getMessage());
    }
}
