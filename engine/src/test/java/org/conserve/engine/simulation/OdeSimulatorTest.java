package org.conserve.engine.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;
import org.conserve.engine.sampling.ExampleSystems;
import org.conserve.engine.system.ScalarFunction;
import org.conserve.engine.system.VectorField;
import org.junit.jupiter.api.Test;

class OdeSimulatorTest {

    private final OdeSimulator simulator = new OdeSimulator();

    @Test
    void harmonicOscillatorFollowsCosineAndKeepsItsEnergy() {
        ScalarFunction energy = z -> (z[0] * z[0] + z[1] * z[1]) / 2;
        OdeTrajectory trajectory = simulator.simulate(ExampleSystems.harmonicOscillator().field(),
                new double[]{1, 0}, 20, 200, List.of(energy));
        assertTrue(trajectory.complete());
        assertEquals(201, trajectory.size());
        for (int i = 0; i < trajectory.size(); i++) {
            double t = trajectory.times()[i];
            assertEquals(20.0 * i / 200, t, 1e-15);
            assertEquals(Math.cos(t), trajectory.states()[i][0], 1e-10);
            assertEquals(-Math.sin(t), trajectory.states()[i][1], 1e-10);
            assertEquals(0.5, trajectory.observables()[i][0], 1e-11);
        }
    }

    /** The figure-eight choreography of Chenciner and Montgomery (2000), initial state after Simo. */
    static double[] figureEight() {
        double vx = -0.93240737;
        double vy = -0.86473146;
        return new double[]{0.97000436, -0.24308753, -0.97000436, 0.24308753, 0, 0,
                -vx / 2, -vy / 2, -vx / 2, -vy / 2, vx, vy};
    }

    @Test
    void figureEightKeepsItsEnergyOverOneHundredTimeUnits() {
        double[] initial = figureEight();
        double energy0 = ExampleSystems.threeBodyEnergy(initial);
        OdeTrajectory trajectory = simulator.simulate(ExampleSystems.threeBody(), initial, 100, 1000,
                List.of(ExampleSystems::threeBodyEnergy));
        double worst = 0;
        for (double[] row : trajectory.observables()) {
            worst = Math.max(worst, Math.abs(row[0] - energy0) / Math.abs(energy0));
        }
        assertTrue(worst < 1e-8, "relative energy drift " + worst);
    }

    @Test
    void figureEightReturnsToItsStartAfterOnePeriod() {
        // Period 6.32591398 (Simo); the initial state has 8 digits, so the return is close, not exact.
        double period = 6.32591398;
        double[] initial = figureEight();
        OdeTrajectory trajectory = simulator.simulate(ExampleSystems.threeBody(), initial, period, 1, List.of());
        double[] end = trajectory.states()[1];
        for (int i = 0; i < 12; i++) {
            assertEquals(initial[i], end[i], 1e-6, "component " + i);
        }
    }

    @Test
    void listenerStopsTheRunAndTheOutputsSoFarComeBack() {
        SimulationListener stopAfterThree = new SimulationListener() {
            @Override
            public SimulationControl stepTaken(double time) {
                return SimulationControl.CONTINUE;
            }

            @Override
            public SimulationControl outputRecorded(int index, double time) {
                return index == 3 ? SimulationControl.STOP : SimulationControl.CONTINUE;
            }
        };
        OdeTrajectory trajectory = simulator.simulate(ExampleSystems.harmonicOscillator().field(),
                new double[]{1, 0}, 10, 100, List.of(), stopAfterThree);
        assertFalse(trajectory.complete());
        assertEquals(4, trajectory.size());
        assertEquals(0.3, trajectory.times()[3], 1e-15);
    }

    @Test
    void cancellationFlagStopsBetweenSteps() {
        java.util.concurrent.atomic.AtomicInteger steps = new java.util.concurrent.atomic.AtomicInteger();
        OdeTrajectory trajectory = simulator.simulate(ExampleSystems.harmonicOscillator().field(),
                new double[]{1, 0}, 1000, 10, List.of(),
                time -> steps.incrementAndGet() >= 5 ? SimulationControl.STOP : SimulationControl.CONTINUE);
        assertFalse(trajectory.complete());
        assertEquals(5, steps.get());
    }

    @Test
    void blowUpFailsWithTheTimeAndAnAdvice() {
        // x' = x^2, x(0) = 1 has x = 1/(1 - t): it blows up at t = 1.
        VectorField square = ExampleSystems.field(1, (z, f) -> f[0] = z[0] * z[0]);
        EngineException error = assertThrows(EngineException.class,
                () -> simulator.simulate(square, new double[]{1}, 2, 10, List.of()));
        assertEquals(EngineError.SIMULATION_FAILED, error.key());
        double time = (Double) error.arguments().get(0);
        assertEquals(1, time, 1e-3);
        assertTrue(error.getMessage().contains("t = "), error.getMessage());
    }

    @Test
    void nonFiniteRatesFailWithTheTime() {
        // x' = log(x), x(0) = 0.5: x decreases and reaches 0 in finite time, where log(x) is -infinity.
        EngineException error = assertThrows(EngineException.class,
                () -> simulator.simulate(ExampleSystems.field(1, (z, f) -> f[0] = Math.log(z[0])),
                        new double[]{0.5}, 5, 10, List.of()));
        assertEquals(EngineError.SIMULATION_FAILED, error.key());
        assertTrue(error.getMessage().contains("NaN or infinity"), error.getMessage());
    }

    @Test
    void rejectsAnInitialStateOfTheWrongLength() {
        EngineException error = assertThrows(EngineException.class, () -> simulator.simulate(
                ExampleSystems.harmonicOscillator().field(), new double[]{1, 0, 0}, 1, 10, List.of()));
        assertEquals(EngineError.INVALID_ARGUMENT, error.key());
    }
}
