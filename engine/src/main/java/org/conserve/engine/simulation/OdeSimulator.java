package org.conserve.engine.simulation;

import java.util.Arrays;
import java.util.List;
import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;
import org.conserve.engine.system.ScalarFunction;
import org.conserve.engine.system.VectorField;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.ODEStepEndHandler;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * Integrates {@code dz/dt = f(z)} from t = 0 to T with Hipparchus' adaptive Dormand-Prince 8(5,3)
 * integrator and records the state at the uniform output times {@code t_i = i T / steps} from the
 * integrator's dense output (its 7th-order interpolant), so the outputs do not constrain the steps.
 * Given observables (for instance known laws) are evaluated on every recorded state.
 *
 * <p>Failures become {@link EngineError#SIMULATION_FAILED} with the time and a suggestion: f not finite,
 * a state beyond {@link OdeSimulationSettings#blowUpLimit()}, the step size below the minimum (singular
 * solution), or the evaluation cap reached. A {@link SimulationListener} may stop the run; the outputs so
 * far come back marked incomplete.
 *
 * <p>Immutable configuration; every call builds its own integrator, so one instance may be shared between
 * threads (the vector field and observables must be thread-safe, as their contracts say).
 */
public final class OdeSimulator {
    private final OdeSimulationSettings settings;

    public OdeSimulator() {
        this(OdeSimulationSettings.DEFAULT);
    }

    public OdeSimulator(OdeSimulationSettings settings) {
        this.settings = settings;
    }

    public OdeTrajectory simulate(VectorField field, double[] initial, double endTime, int steps,
                                  List<ScalarFunction> observables) {
        return simulate(field, initial, endTime, steps, observables, SimulationListener.NONE);
    }

    /**
     * @param field       f
     * @param initial     z(0), length d, finite
     * @param endTime     T &gt; 0
     * @param steps       number of output intervals, at least 1 (steps + 1 outputs, including t = 0)
     * @param observables functions evaluated on every recorded state
     * @param listener    may stop the run
     * @throws EngineException INVALID_ARGUMENT for bad arguments, SIMULATION_FAILED when integration fails
     */
    public OdeTrajectory simulate(VectorField field, double[] initial, double endTime, int steps,
                                  List<ScalarFunction> observables, SimulationListener listener) {
        int d = field.dimension();
        validate(field, initial, endTime, steps);
        Recorder recorder = new Recorder(endTime, steps, d, observables, listener, settings.blowUpLimit());
        recorder.record(0, initial.clone());
        if (recorder.stopRequested) {
            return recorder.trajectory();
        }

        DormandPrince853Integrator integrator = new DormandPrince853Integrator(
                settings.minStepFraction() * endTime, endTime, settings.absoluteTolerance(),
                settings.relativeTolerance());
        integrator.setMaxEvaluations(settings.maxEvaluations());
        integrator.addStepHandler(recorder);
        integrator.addStepEndHandler(recorder);
        Equation equation = new Equation(field);
        try {
            integrator.integrate(equation, new ODEState(0.0, initial.clone()), endTime);
        } catch (NonFiniteRate e) {
            throw failed("the equations gave NaN or infinity at t = " + e.time + ": the solution left the region"
                    + " where f is defined or blew up; try a shorter time span or another initial state", e.time);
        } catch (MathIllegalStateException | MathIllegalArgumentException e) {
            double time = integrator.getStepStart() == null ? 0 : integrator.getStepStart().getTime();
            throw failed("the integrator stopped at t = " + time + " (" + e.getMessage() + "): the solution is"
                    + " probably singular there (a collision or blow-up); try a shorter time span, another initial"
                    + " state, or looser tolerances", time);
        }
        return recorder.trajectory();
    }

    private static void validate(VectorField field, double[] initial, double endTime, int steps) {
        if (initial.length != field.dimension()) {
            throw invalid("the initial state has " + initial.length + " components but the system has "
                    + field.dimension() + " variables", initial.length);
        }
        for (int i = 0; i < initial.length; i++) {
            if (!Double.isFinite(initial[i])) {
                throw invalid("component " + i + " of the initial state is not finite: " + initial[i], i);
            }
        }
        if (!(endTime > 0) || Double.isInfinite(endTime)) {
            throw invalid("the end time t must be a positive finite number, got " + endTime, endTime);
        }
        if (steps < 1) {
            throw invalid("the number of output steps must be at least 1, got " + steps, steps);
        }
    }

    private static EngineException invalid(String message, Object argument) {
        return new EngineException(EngineError.INVALID_ARGUMENT, message, argument);
    }

    static EngineException failed(String message, double time) {
        return new EngineException(EngineError.SIMULATION_FAILED, message, time);
    }

    /** Adapts the vector field to Hipparchus and refuses non-finite rates. */
    private static final class Equation implements OrdinaryDifferentialEquation {
        private final VectorField field;

        Equation(VectorField field) {
            this.field = field;
        }

        @Override
        public int getDimension() {
            return field.dimension();
        }

        @Override
        public double[] computeDerivatives(double t, double[] y) {
            double[] rate = new double[y.length];  // Hipparchus keeps the returned array
            field.evaluate(y, rate);
            for (double value : rate) {
                if (!Double.isFinite(value)) {
                    throw new NonFiniteRate(t);
                }
            }
            return rate;
        }
    }

    /** Thrown out of the integrator when f is not finite; never escapes this class. */
    private static final class NonFiniteRate extends RuntimeException {
        final double time;

        NonFiniteRate(double time) {
            super(null, null, false, false);
            this.time = time;
        }
    }

    /** Fills the outputs from the dense output of every step and relays the listener's decisions. */
    private static final class Recorder implements ODEStepHandler, ODEStepEndHandler {
        private final double endTime;
        private final int steps;
        private final List<ScalarFunction> observables;
        private final SimulationListener listener;
        private final double blowUpLimit;
        private final double[] times;
        private final double[][] states;
        private final double[][] values;
        private int recorded;
        private boolean stopRequested;

        Recorder(double endTime, int steps, int dimension, List<ScalarFunction> observables,
                 SimulationListener listener, double blowUpLimit) {
            this.endTime = endTime;
            this.steps = steps;
            this.observables = List.copyOf(observables);
            this.listener = listener;
            this.blowUpLimit = blowUpLimit;
            this.times = new double[steps + 1];
            this.states = new double[steps + 1][];
            this.values = new double[steps + 1][];
        }

        double outputTime(int index) {
            return index == steps ? endTime : endTime * index / steps;
        }

        void record(double time, double[] state) {
            times[recorded] = time;
            states[recorded] = state;
            double[] row = new double[observables.size()];
            for (int o = 0; o < row.length; o++) {
                row[o] = observables.get(o).value(state);
            }
            values[recorded] = row;
            if (listener.outputRecorded(recorded, time) == SimulationControl.STOP) {
                stopRequested = true;
            }
            recorded++;
        }

        @Override
        public void init(ODEStateAndDerivative initialState, double finalTime) {
            // both Hipparchus interfaces declare init; the recorder is set up in its constructor
        }

        @Override
        public void handleStep(ODEStateInterpolator interpolator) {
            double reached = interpolator.getCurrentState().getTime();
            checkBounded(interpolator.getCurrentState());
            while (!stopRequested && recorded <= steps && outputTime(recorded) <= reached) {
                double time = outputTime(recorded);
                double[] state = time == reached
                        ? interpolator.getCurrentState().getPrimaryState()
                        : interpolator.getInterpolatedState(time).getPrimaryState();
                record(time, state);
            }
        }

        private void checkBounded(ODEStateAndDerivative state) {
            for (double value : state.getPrimaryState()) {
                if (!(Math.abs(value) <= blowUpLimit)) {
                    throw failed("the solution blew up: a component reached " + value + " at t = "
                            + state.getTime() + "; try a shorter time span or another initial state",
                            state.getTime());
                }
            }
        }

        @Override
        public Action stepEndOccurred(ODEStateAndDerivative state, boolean forward) {
            if (listener.stepTaken(state.getTime()) == SimulationControl.STOP) {
                stopRequested = true;
            }
            return stopRequested ? Action.STOP : Action.CONTINUE;
        }

        OdeTrajectory trajectory() {
            return new OdeTrajectory(Arrays.copyOf(times, recorded), Arrays.copyOf(states, recorded),
                    Arrays.copyOf(values, recorded), recorded == steps + 1);
        }
    }
}
