package org.conserve.engine.sampling;

import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;

/**
 * Sanity checks on a sample before discovery. Stateless and thread-safe.
 */
public final class FieldChecks {

    private FieldChecks() {
    }

    /**
     * Fails if f vanishes on the whole sample: then nothing moves and every function is conserved, so
     * counting laws is meaningless. "Vanishes" means {@code max_p max_i |f_i(z_p)| <= tolerance}; with
     * tolerance 0 only an exactly zero field fails.
     *
     * @throws EngineException ZERO_FIELD when f is zero on the sample
     */
    public static void requireNonZeroField(SampleSet samples, double tolerance) {
        double largest = 0;
        for (double[] rate : samples.rates()) {
            for (double value : rate) {
                largest = Math.max(largest, Math.abs(value));
            }
        }
        if (largest <= tolerance) {
            throw new EngineException(EngineError.ZERO_FIELD, "the equations give zero at all " + samples.size()
                    + " sampled points (largest |f| = " + largest + "): nothing moves, so every quantity is"
                    + " conserved; check the equations and the sampling box", largest, samples.size());
        }
    }

    /** {@link #requireNonZeroField(SampleSet, double)} with tolerance 0: only an exactly zero f fails. */
    public static void requireNonZeroField(SampleSet samples) {
        requireNonZeroField(samples, 0.0);
    }
}
