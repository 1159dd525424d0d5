package org.conserve.engine.simulation;

import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;

/**
 * Accuracy and guards of {@link PdeSimulator}.
 *
 * @param relativeTolerance allowed local error per step relative to the state's root-mean-square size
 *                          (default 1e-10)
 * @param absoluteTolerance allowed local error per step in field units, root-mean-square over the grid
 *                          (default 1e-12)
 * @param minStepFraction   smallest step allowed, as a fraction of the time span (default 1e-12)
 * @param maxSteps          cap on attempted steps (accepted and rejected), so no run hangs (default 200000)
 * @param dealias           apply the 2/3 rule to the nonlinear term (default true)
 * @param blowUpLimit       a root-mean-square field size above this counts as blow-up (default 1e100)
 */
public record PdeSimulationSettings(double relativeTolerance, double absoluteTolerance, double minStepFraction,
                                    int maxSteps, boolean dealias, double blowUpLimit) {

    public static final PdeSimulationSettings DEFAULT = new PdeSimulationSettings(1e-10, 1e-12, 1e-12, 200_000,
            true, 1e100);

    public PdeSimulationSettings {
        OdeSimulationSettings.requirePositive("relativeTolerance", relativeTolerance);
        OdeSimulationSettings.requirePositive("absoluteTolerance", absoluteTolerance);
        OdeSimulationSettings.requirePositive("minStepFraction", minStepFraction);
        OdeSimulationSettings.requirePositive("blowUpLimit", blowUpLimit);
        if (maxSteps < 1) {
            throw new EngineException(EngineError.INVALID_ARGUMENT, "maxSteps must be at least 1, got " + maxSteps,
                    maxSteps);
        }
    }

    /** A copy with the given tolerances. */
    public PdeSimulationSettings withTolerances(double relative, double absolute) {
        return new PdeSimulationSettings(relative, absolute, minStepFraction, maxSteps, dealias, blowUpLimit);
    }

    /** A copy with the given cap on attempted steps. */
    public PdeSimulationSettings withMaxSteps(int steps) {
        return new PdeSimulationSettings(relativeTolerance, absoluteTolerance, minStepFraction, steps, dealias,
                blowUpLimit);
    }
}
