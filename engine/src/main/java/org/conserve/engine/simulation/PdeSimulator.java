package org.conserve.engine.simulation;

import java.util.Arrays;
import java.util.List;
import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;
import org.conserve.engine.spectral.FourierTransform;
import org.conserve.engine.spectral.SpectralDerivatives;
import org.conserve.engine.system.PdeSystem;
import org.conserve.engine.system.ScalarFunction;

/**
 * Pseudo-spectral integration of an evolution PDE {@code u_t = F(u, u_x, ...)} on its periodic grid:
 * Fourier modes in space, integrating-factor RK4 in time ({@link IntegratingFactorRk4}) with the system's
 * constant-coefficient linear part treated exactly and the remainder N = F - linear evaluated in physical
 * space, 2/3-rule dealiased (see {@code NonlinearTerm}).
 *
 * <p>Step size by step doubling: each step of size h is also taken as two steps of h/2; the difference,
 * divided by 15 (Richardson, order 4), estimates the error of the two half steps, whose result is kept.
 * A step is accepted when that estimate, root-mean-square over the grid and summed over fields, is at most
 * {@code absoluteTolerance + relativeTolerance * rms(u)}; the next size is
 * {@code h * min(4, max(0.2, 0.9 (tolerance / error)^(1/5)))}. Steps are shortened to land exactly on
 * the output times {@code t_i = i T / steps}. A step that produced NaN or infinity is retried 4 times
 * shorter. Below the minimum step, beyond the step cap, or past the blow-up limit the run fails with
 * {@link EngineError#SIMULATION_FAILED}, saying at which t and what to try.
 *
 * <p>At every output time the fields and the integrals of the given densities h(jet) (mean over the grid
 * times the period, exact for band-limited integrands) are recorded. A {@link SimulationListener} may stop
 * the run between steps.
 *
 * <p>Immutable configuration; each call builds its own buffers, FFT plans included, so an instance may
 * be shared between threads. Inside a call nothing is allocated per step.
 */
public final class PdeSimulator {
    private final PdeSimulationSettings settings;

    public PdeSimulator() {
        this(PdeSimulationSettings.DEFAULT);
    }

    public PdeSimulator(PdeSimulationSettings settings) {
        this.settings = settings;
    }

    public PdeTrajectory simulate(PdeSystem system, double[][] initialFields, double endTime, int steps,
                                  List<ScalarFunction> densities) {
        return simulate(system, initialFields, endTime, steps, densities, SimulationListener.NONE);
    }

    /**
     * @param system        the PDE
     * @param initialFields u(x_j, 0) for every field f: [fields][points], finite
     * @param endTime       T &gt; 0
     * @param steps         number of output intervals, at least 1
     * @param densities     densities h(jet) whose integrals are recorded
     * @param listener      may stop the run
     * @throws EngineException INVALID_ARGUMENT for bad arguments, SIMULATION_FAILED when integration fails
     */
    public PdeTrajectory simulate(PdeSystem system, double[][] initialFields, double endTime, int steps,
                                  List<ScalarFunction> densities, SimulationListener listener) {
        PdeValidation.check(system, initialFields, endTime, steps);
        return new Run(system, densities, endTime, steps, listener).integrate(initialFields);
    }

    /** The state of one simulation: buffers, step size, outputs. */
    private final class Run {
        private final List<ScalarFunction> densities;
        private final double endTime;
        private final int steps;
        private final SimulationListener listener;
        private final int points;
        private final FourierTransform transform;
        private final LinearPart linear;
        private final NonlinearTerm nonlinear;
        private final IntegratingFactorRk4 stepper;
        private final Spectrum state;
        private final Spectrum derivative;
        private final Spectrum derivativeMid;
        private final Spectrum full;
        private final Spectrum mid;
        private final Spectrum half;
        private final ModeMatrices quarterExp;
        private final ModeMatrices halfExp;
        private final ModeMatrices fullExp;
        private final double[] times;
        private final double[][][] fieldOutputs;
        private final double[][] integralOutputs;
        private int recorded;
        private long accepted;
        private long rejected;

        Run(PdeSystem system, List<ScalarFunction> densities, double endTime, int steps,
            SimulationListener listener) {
            this.densities = List.copyOf(densities);
            this.endTime = endTime;
            this.steps = steps;
            this.listener = listener;
            int fields = system.fields().size();
            SpectralDerivatives derivatives = new SpectralDerivatives(system.grid());
            this.transform = derivatives.transform();
            this.points = transform.points();
            int modes = transform.modes();
            this.linear = new LinearPart(system.linear(), transform);
            this.nonlinear = new NonlinearTerm(system, linear, derivatives, settings.dealias());
            this.stepper = new IntegratingFactorRk4(nonlinear, fields, modes);
            this.state = new Spectrum(fields, modes);
            this.derivative = new Spectrum(fields, modes);
            this.derivativeMid = new Spectrum(fields, modes);
            this.full = new Spectrum(fields, modes);
            this.mid = new Spectrum(fields, modes);
            this.half = new Spectrum(fields, modes);
            this.quarterExp = new ModeMatrices(modes, fields);
            this.halfExp = new ModeMatrices(modes, fields);
            this.fullExp = new ModeMatrices(modes, fields);
            this.times = new double[steps + 1];
            this.fieldOutputs = new double[steps + 1][][];
            this.integralOutputs = new double[steps + 1][];
        }

        PdeTrajectory integrate(double[][] initialFields) {
            for (int f = 0; f < state.fields; f++) {
                transform.forward(initialFields[f], state.re[f], state.im[f]);
            }
            boolean stopped = record(0);
            double time = 0;
            evaluateDerivative(time);
            double step = initialStep();
            double minStep = settings.minStepFraction() * endTime;
            boolean lastFailureNonFinite = false;
            for (int next = 1; next <= steps && !stopped; ) {
                double target = outputTime(next);
                double remaining = target - time;
                boolean landsOnOutput = step >= remaining * (1 - 1e-12);
                double h = landsOnOutput ? remaining : step;
                if (accepted + rejected >= settings.maxSteps()) {
                    throw failed("the step limit (" + settings.maxSteps() + " steps) was reached at t = " + time
                            + "; raise maxSteps, loosen the tolerances, or shorten the time span", time);
                }
                double ratio = errorRatio(h);
                if (ratio <= 1) {
                    state.copyFrom(half);
                    time = landsOnOutput ? target : time + h;
                    accepted++;
                    checkSize(time);
                    evaluateDerivative(time);
                    double grown = h * growth(ratio);
                    step = landsOnOutput ? Math.max(step, grown) : grown;
                    if (listener.stepTaken(time) == SimulationControl.STOP) {
                        stopped = true;
                    }
                    if (landsOnOutput) {
                        stopped |= record(time);
                        next++;
                    }
                } else {
                    rejected++;
                    lastFailureNonFinite = Double.isInfinite(ratio);
                    step = h * (lastFailureNonFinite ? 0.25 : growth(ratio));
                    if (step < minStep) {
                        throw failed("the time step fell below " + minStep + " at t = " + time
                                + (lastFailureNonFinite ? " because the equations gave NaN or infinity" : "")
                                + ": the solution is probably blowing up or not resolved by the grid; use more"
                                + " grid points, a smoother initial state, or a shorter time span", time);
                    }
                }
            }
            return new PdeTrajectory(Arrays.copyOf(times, recorded), Arrays.copyOf(fieldOutputs, recorded),
                    Arrays.copyOf(integralOutputs, recorded), recorded == steps + 1, accepted, rejected);
        }

        /**
         * Takes the step h once and as two halves; returns error / tolerance (infinite when a stage was not
         * finite). The two-half-step result is left in {@code half}.
         */
        private double errorRatio(double h) {
            linear.exponentials(h / 4, quarterExp);
            linear.exponentials(h / 2, halfExp);
            linear.exponentials(h, fullExp);
            boolean finite = stepper.step(state, derivative, h, halfExp, fullExp, full)
                    && stepper.step(state, derivative, h / 2, quarterExp, halfExp, mid)
                    && nonlinear.evaluate(mid, derivativeMid)
                    && stepper.step(mid, derivativeMid, h / 2, quarterExp, halfExp, half)
                    && half.isFinite() && full.isFinite();
            if (!finite) {
                return Double.POSITIVE_INFINITY;
            }
            double error = Math.sqrt(half.meanSquare(full, points)) / 15;
            double tolerance = settings.absoluteTolerance()
                    + settings.relativeTolerance() * Math.sqrt(half.meanSquare(null, points));
            return error / tolerance;
        }

        private double growth(double ratio) {
            return ratio == 0 ? 4 : Math.min(4, Math.max(0.2, 0.9 * Math.pow(ratio, -0.2)));
        }

        /** A first step from the sizes of u and N(u): small enough that N changes u by about 1 %. */
        private double initialStep() {
            double outputInterval = endTime / steps;
            double sizeOfN = Math.sqrt(derivative.meanSquare(null, points));
            double sizeOfU = Math.sqrt(state.meanSquare(null, points)) + settings.absoluteTolerance();
            return sizeOfN == 0 ? outputInterval : Math.min(outputInterval, 0.01 * sizeOfU / sizeOfN);
        }

        private void evaluateDerivative(double time) {
            if (!nonlinear.evaluate(state, derivative)) {
                throw failed("the equations gave NaN or infinity at t = " + time + ": the solution left the region"
                        + " where F is defined or blew up; try a shorter time span or a smoother initial state",
                        time);
            }
        }

        private void checkSize(double time) {
            double size = Math.sqrt(state.meanSquare(null, points));
            if (!(size <= settings.blowUpLimit())) {
                throw failed("the solution blew up (root-mean-square size " + size + ") at t = " + time
                        + "; try a shorter time span or a smaller initial state", time);
            }
        }

        private double outputTime(int index) {
            return index == steps ? endTime : endTime * index / steps;
        }

        /** Records output {@code recorded}; returns true when the listener asks to stop. */
        private boolean record(double time) {
            double[][] fields = new double[state.fields][points];
            nonlinear.fields(state, fields);
            double[] integrals = new double[densities.size()];
            nonlinear.integrals(state, densities, integrals);
            times[recorded] = time;
            fieldOutputs[recorded] = fields;
            integralOutputs[recorded] = integrals;
            recorded++;
            return listener.outputRecorded(recorded - 1, time) == SimulationControl.STOP;
        }
    }

    private static EngineException failed(String message, double time) {
        return OdeSimulator.failed(message, time);
    }
}
