package org.conserve.engine.sampling;

import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;

/**
 * How {@link PdeSampler} draws random smooth periodic states (the file's {@code sampling} of a PDE).
 *
 * @param states    how many random states, at least 1
 * @param modes     Fourier modes per field, wavenumbers 1..modes; at least 1 and below the grid's Nyquist
 *                  mode (modes &lt; points / 2), so that every state is band-limited on the grid
 * @param amplitude typical size: the expected root-mean-square deviation of a field from its mean; &gt; 0
 * @param mean      the mean value of every field (often 0)
 */
public record PdeSamplingSettings(int states, int modes, double amplitude, double mean) {

    public static final PdeSamplingSettings DEFAULT = new PdeSamplingSettings(64, 4, 1.0, 0.0);

    public PdeSamplingSettings {
        if (states < 1) {
            throw invalid("sampling.states must be at least 1, got " + states, states);
        }
        if (modes < 1) {
            throw invalid("sampling.modes must be at least 1, got " + modes, modes);
        }
        if (!(amplitude > 0) || !Double.isFinite(amplitude)) {
            throw invalid("sampling.amplitude must be a positive finite number, got " + amplitude, amplitude);
        }
        if (!Double.isFinite(mean)) {
            throw invalid("the mean of the random states must be finite, got " + mean, mean);
        }
    }

    private static EngineException invalid(String message, Object value) {
        return new EngineException(EngineError.INVALID_ARGUMENT, message, value);
    }
}
