package org.conserve.app.gui.simulate;

import java.util.ArrayList;
import java.util.List;

import org.conserve.app.gui.task.TaskContext;
import org.conserve.engine.simulation.PdeSimulator;
import org.conserve.engine.simulation.PdeTrajectory;
import org.conserve.engine.simulation.SimulationControl;
import org.conserve.engine.system.NamedFunction;
import org.conserve.engine.system.PdeSystem;
import org.conserve.engine.system.ScalarFunction;

/** A PDE advanced with the engine's pseudo-spectral simulator, chunk by chunk. */
public final class PdeSimulation implements Simulation {
    private final PdeSystem system;
    private final PdeSimulator simulator;
    private final double frameInterval;
    private final double suggestedDuration;
    private final List<ScalarFunction> densities;
    private final double[] grid;
    private final Frame initial;
    private double[][] lastFields;
    private double lastTime;

    public PdeSimulation(PdeSystem system, double[][] initialFields, double duration, int steps, PdeSimulator simulator) {
        this.system = system;
        this.simulator = simulator;
        this.frameInterval = duration / steps;
        this.suggestedDuration = duration;
        this.densities = system.expectedLaws().stream().map(NamedFunction::function).toList();
        int points = system.grid().points();
        this.grid = new double[points];
        for (int j = 0; j < points; j++) {
            grid[j] = system.grid().x(j);
        }
        // One output interval gives the integrals at t = 0 from the engine's own quadrature.
        PdeTrajectory first = simulator.simulate(system, initialFields, frameInterval, 1, densities);
        this.initial = new Frame(0, flatten(first.fields()[0]), first.integrals()[0]);
        this.lastFields = copy(initialFields);
    }

    @Override
    public String name() {
        return system.name();
    }

    @Override
    public Display display() {
        return Display.forPde(system.fields());
    }

    @Override
    public List<String> coordinates() {
        return system.fields();
    }

    @Override
    public List<String> laws() {
        return system.expectedLaws().stream().map(NamedFunction::expression).toList();
    }

    @Override
    public double[] grid() {
        return grid.clone();
    }

    @Override
    public double frameInterval() {
        return frameInterval;
    }

    @Override
    public double suggestedDuration() {
        return suggestedDuration;
    }

    @Override
    public Frame initialFrame() {
        return initial;
    }

    @Override
    public List<Frame> advance(int frames, TaskContext context) {
        PdeTrajectory chunk = simulator.simulate(system, lastFields, frames * frameInterval, frames, densities,
                time -> context.isCancelled() ? SimulationControl.STOP : SimulationControl.CONTINUE);
        List<Frame> result = new ArrayList<>(chunk.size());
        for (int i = 1; i < chunk.size(); i++) {
            result.add(new Frame(lastTime + chunk.times()[i], flatten(chunk.fields()[i]), chunk.integrals()[i]));
        }
        if (chunk.size() > 1) {
            lastFields = copy(chunk.fields()[chunk.size() - 1]);
            lastTime += chunk.times()[chunk.size() - 1];
        }
        return result;
    }

    private static double[] flatten(double[][] fields) {
        int points = fields[0].length;
        double[] flat = new double[fields.length * points];
        for (int f = 0; f < fields.length; f++) {
            System.arraycopy(fields[f], 0, flat, f * points, points);
        }
        return flat;
    }

    private static double[][] copy(double[][] fields) {
        double[][] copy = new double[fields.length][];
        for (int f = 0; f < fields.length; f++) {
            copy[f] = fields[f].clone();
        }
        return copy;
    }
}
