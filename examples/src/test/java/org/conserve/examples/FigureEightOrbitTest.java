package org.conserve.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conserve.engine.simulation.OdeSimulator;
import org.conserve.engine.simulation.OdeTrajectory;
import org.conserve.engine.system.OdeSystem;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;
import org.conserve.symbolic.file.SystemLoader;
import org.junit.jupiter.api.Test;

/**
 * The planar three-body file starts on the figure-eight orbit (Chenciner and Montgomery 2000; initial
 * state of Simo): the energy stays constant to 1e-8 over 100 time units (issue 2), and the orbit
 * closes after one period T = 6.32591398.
 */
class FigureEightOrbitTest {

    private static final double PERIOD = 6.32591398;

    private final SystemDefinition definition = SystemFiles.parse("three-body-2d.yaml", Catalogue.read("three-body-2d"));
    private final OdeSystem system = SystemLoader.ode(definition);
    private final double[] start = SystemLoader.initialState(definition).orElseThrow();

    @Test
    void energyDriftsLessThanOneInTenToTheEightOverOneHundredTimeUnits() {
        assertTrue(system.expectedLaws().get(0).expression().startsWith("(px1^2 + py1^2 + px2^2 + py2^2 + px3^2 + py3^2)/2"),
                "the first expected law is the energy");
        OdeTrajectory run = new OdeSimulator().simulate(system.field(), start, 100, 1000,
                List.of(system.expectedLaws().get(0).function()));
        double energy = run.observables()[0][0];
        double drift = 0;
        for (double[] row : run.observables()) {
            drift = Math.max(drift, Math.abs(row[0] - energy));
        }
        assertTrue(drift / Math.abs(energy) < 1e-8, "relative energy drift " + drift / Math.abs(energy));
    }

    @Test
    void orbitClosesAfterOnePeriod() {
        OdeTrajectory run = new OdeSimulator().simulate(system.field(), start, PERIOD, 1, List.of());
        double[] end = run.states()[1];
        double distance = 0;
        for (int i = 0; i < start.length; i++) {
            distance = Math.max(distance, Math.abs(end[i] - start[i]));
        }
        // The published initial state has 8 digits, so the orbit closes to about 1e-6, not to round-off.
        assertTrue(distance < 1e-5, "the state after one period differs by " + distance);
    }
}
