package org.conserve.engine.simulation;

import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;

/**
 * Tolerances and guards of {@link OdeSimulator}.
 *
 * @param relativeTolerance local relative error tolerance of the adaptive integrator (default 1e-12)
 * @param absoluteTolerance local absolute error tolerance (default 1e-12)
 * @param minStepFraction   smallest step allowed, as a fraction of the time span (default 1e-14); a
 *                          smaller step means the solution is singular or extremely stiff there
 * @param maxEvaluations    cap on evaluations of f, so that no run hangs (default 50 million)
 * @param blowUpLimit       a state component larger than this in absolute value counts as blow-up
 *                          (default 1e100)
 */
public record OdeSimulationSettings(double relativeTolerance, double absoluteTolerance, double minStepFraction,
                                    int maxEvaluations, double blowUpLimit) {

    public static final OdeSimulationSettings DEFAULT = new OdeSimulationSettings(1e-12, 1e-12, 1e-14, 50_000_000,
            1e100);

    public OdeSimulationSettings {
        requirePositive("relativeTolerance", relativeTolerance);
        requirePositive("absoluteTolerance", absoluteTolerance);
        requirePositive("minStepFraction", minStepFraction);
        requirePositive("blowUpLimit", blowUpLimit);
        if (maxEvaluations < 1) {
            throw new EngineException(EngineError.INVALID_ARGUMENT,
                    "maxEvaluations must be at least 1, got " + maxEvaluations, maxEvaluations);
        }
    }

    /** A copy with both tolerances set to {@code tolerance}. */
    public OdeSimulationSettings withTolerance(double tolerance) {
        return new OdeSimulationSettings(tolerance, tolerance, minStepFraction, maxEvaluations, blowUpLimit);
    }

    static void requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new EngineException(EngineError.INVALID_ARGUMENT,
                    name + " must be a positive finite number, got " + value, value);
        }
    }
}
