package org.conserve.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.conserve.engine.simulation.OdeSimulator;
import org.conserve.engine.simulation.OdeTrajectory;
import org.conserve.engine.simulation.PdeSimulator;
import org.conserve.engine.simulation.PdeTrajectory;
import org.conserve.engine.system.NamedFunction;
import org.conserve.engine.system.OdeSystem;
import org.conserve.engine.system.PdeSystem;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;

import org.conserve.symbolic.file.SystemLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled file's simulation defaults run, and its expected laws stay constant along the
 * trajectory: relative drift below 1e-8 (absolute where the law starts at 0, as the total momentum of
 * the figure-eight orbit does).
 */
class SimulationDefaultsTest {

    private static final double MAX_DRIFT = 1e-8;

    static Stream<BuiltInSystem> systems() {
        return Catalogue.list().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void expectedLawsStayConstantAlongTheDefaultSimulation(BuiltInSystem system) {
        SystemDefinition definition = SystemFiles.parse(system.fileName(), system.text());
        double endTime = definition.simulation().t().orElseThrow();
        int steps = definition.simulation().steps().orElse(100);
        double[][] integrals;
        List<NamedFunction> laws;
        if (system.kind() == SystemKind.ODE) {
            OdeSystem ode = SystemLoader.ode(definition);
            laws = ode.expectedLaws();
            OdeTrajectory run = new OdeSimulator().simulate(ode.field(), SystemLoader.initialState(definition).orElseThrow(),
                    endTime, steps, laws.stream().map(NamedFunction::function).toList());
            assertTrue(run.complete(), system.fileName());
            integrals = run.observables();
        } else {
            PdeSystem pde = SystemLoader.pde(definition);
            laws = pde.expectedLaws();
            PdeTrajectory run = new PdeSimulator().simulate(pde, SystemLoader.initialFields(definition).orElseThrow(),
                    endTime, steps, laws.stream().map(NamedFunction::function).toList());
            assertTrue(run.complete(), system.fileName());
            integrals = run.integrals();
        }
        for (int law = 0; law < laws.size(); law++) {
            double drift = drift(integrals, law);
            System.out.printf("%s: drift %.1e over t = %s of %s%n", system.fileName(), drift, endTime,
                    laws.get(law).expression());
            assertTrue(drift < MAX_DRIFT, system.fileName() + ": " + laws.get(law).expression() + " drifts by " + drift);
        }
    }

    @Test
    void figureEightKeepsItsEnergyForOneHundredTimeUnits() {
        BuiltInSystem system = Catalogue.find("three-body-2d").orElseThrow();
        SystemDefinition definition = SystemFiles.parse(system.fileName(), system.text());
        OdeSystem ode = SystemLoader.ode(definition);
        NamedFunction energy = ode.expectedLaws().get(0);
        OdeTrajectory run = new OdeSimulator().simulate(ode.field(), SystemLoader.initialState(definition).orElseThrow(),
                100, 1000, List.of(energy.function()));
        double drift = drift(run.observables(), 0);
        System.out.printf("figure-eight: energy %.12f, relative drift %.1e over t = 100%n", run.observables()[0][0], drift);
        assertTrue(drift < MAX_DRIFT, "energy drift " + drift);
    }

    /** max_i |I(t_i) - I(0)|, relative to |I(0)| unless I(0) is (numerically) zero. */
    private static double drift(double[][] values, int law) {
        double start = values[0][law];
        double worst = 0;
        for (double[] row : values) {
            worst = Math.max(worst, Math.abs(row[law] - start));
        }
        return Math.abs(start) > 1e-9 ? worst / Math.abs(start) : worst;
    }
}
