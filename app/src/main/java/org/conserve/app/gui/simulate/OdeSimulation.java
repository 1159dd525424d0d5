package org.conserve.app.gui.simulate;

import java.util.ArrayList;
import java.util.List;

import org.conserve.engine.simulation.OdeSimulator;
import org.conserve.engine.simulation.OdeTrajectory;
import org.conserve.engine.simulation.SimulationControl;
import org.conserve.engine.system.NamedFunction;
import org.conserve.engine.system.OdeSystem;
import org.conserve.engine.system.ScalarFunction;
import org.conserve.app.gui.task.TaskContext;

/** An ODE advanced with the engine's Dormand-Prince simulator, each chunk starting where the last ended. */
public final class OdeSimulation implements Simulation {
    private final OdeSystem system;
    private final OdeSimulator simulator;
    private final double frameInterval;
    private final double suggestedDuration;
    private final List<ScalarFunction> lawFunctions;
    private final Frame initial;
    private final int steps;
    private final String where;
    private Frame last;

    /**
     * @param duration the file's simulation time T
     * @param steps    the file's number of output intervals over T
     */
    public OdeSimulation(OdeSystem system, double[] initialState, double duration, int steps, OdeSimulator simulator) {
        this(system, initialState, duration, steps, simulator, "");
    }

    /** As above; {@code where} is the file's sampling condition as written ("" when it has none), for messages. */
    public OdeSimulation(OdeSystem system, double[] initialState, double duration, int steps, OdeSimulator simulator,
                         String where) {
        this.system = system;
        this.simulator = simulator;
        this.steps = steps;
        this.where = where;
        this.frameInterval = duration / steps;
        this.suggestedDuration = duration;
        this.lawFunctions = system.expectedLaws().stream().map(NamedFunction::function).toList();
        this.initial = new Frame(0, initialState.clone(), evaluateLaws(initialState));
        this.last = initial;
    }

    /**
     * Why the system cannot start at {@code state}: outside its region (the file's {@code where}), or f not
     * finite there; "" when it can. The state has one value per variable.
     */
    public String startProblem(double[] state) {
        List<String> names = system.variables();
        if (!system.where().accepts(state)) {
            return "it is outside the system's region" + (where.isEmpty() ? "" : " (where: " + where + ")");
        }
        double[] rate = new double[state.length];
        system.field().evaluate(state, rate);
        for (int i = 0; i < rate.length; i++) {
            if (!Double.isFinite(rate[i])) {
                return "the equations are not finite there (d" + names.get(i) + "/dt = " + rate[i] + ")";
            }
        }
        return "";
    }

    /** The same system, duration and frame rate from another start (check it with {@link #startProblem}). */
    public OdeSimulation startingAt(double[] state) {
        return new OdeSimulation(system, state, suggestedDuration, steps, simulator, where);
    }

    /** The most frames over the duration a time step may ask for (memory of the recorded run). */
    public static final int MAX_FRAMES = 100_000;

    /**
     * From another start with the time between frames close to {@code timeStep}: the duration T is kept
     * and divided into {@code round(T / timeStep)} equal intervals (at least 1, at most {@link #MAX_FRAMES}).
     * The integrator's own steps stay adaptive (tolerance 1e-12); this is the output and animation step.
     */
    public OdeSimulation startingAt(double[] state, double timeStep) {
        long intervals = Math.max(1, Math.min(MAX_FRAMES, Math.round(suggestedDuration / timeStep)));
        return new OdeSimulation(system, state, suggestedDuration, (int) intervals, simulator, where);
    }

    private double[] evaluateLaws(double[] state) {
        double[] values = new double[lawFunctions.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = lawFunctions.get(i).value(state);
        }
        return values;
    }

    @Override
    public String name() {
        return system.name();
    }

    @Override
    public Display display() {
        return Display.forOde(system.variables());
    }

    @Override
    public List<String> coordinates() {
        return system.variables();
    }

    @Override
    public List<String> laws() {
        return system.expectedLaws().stream().map(NamedFunction::expression).toList();
    }

    @Override
    public double[] grid() {
        return new double[0];
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
        OdeTrajectory chunk = simulator.simulate(system.field(), last.state(), frames * frameInterval, frames,
                lawFunctions, time -> context.isCancelled() ? SimulationControl.STOP : SimulationControl.CONTINUE);
        List<Frame> result = new ArrayList<>(chunk.size());
        double start = last.time();
        for (int i = 1; i < chunk.size(); i++) { // output 0 is the state we started from
            result.add(new Frame(start + chunk.times()[i], chunk.states()[i], chunk.observables()[i]));
        }
        if (!result.isEmpty()) {
            last = result.get(result.size() - 1);
        }
        return result;
    }
}
