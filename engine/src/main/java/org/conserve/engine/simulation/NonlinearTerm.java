package org.conserve.engine.simulation;

import java.util.List;
import org.conserve.engine.spectral.FourierTransform;
import org.conserve.engine.spectral.SpectralDerivatives;
import org.conserve.engine.system.Jet;
import org.conserve.engine.system.LocalRate;
import org.conserve.engine.system.PdeSystem;
import org.conserve.engine.system.ScalarFunction;

/**
 * The pseudo-spectral evaluation of the nonlinear remainder {@code N = F(jet) - L jet}: the jet at every
 * grid point from spectral derivatives, F and the linear part evaluated there in physical space, and N
 * transformed back to Fourier space.
 *
 * <p>Dealiasing (2/3 rule): modes k &gt; (n - 1) / 3 of N are set to zero. A product of two fields with
 * modes up to K = (n - 1) / 3 has modes up to 2K; those beyond n/2 alias onto |k| &gt;= n - 2K &gt; K,
 * i.e. only onto discarded modes, so quadratic terms (KdV) are computed exactly on the kept modes. Cubic
 * terms (NLS) are only partly dealiased; for well-resolved states the aliased part is at rounding level.
 *
 * <p>Also reconstructs fields and integrates densities. Keeps all its buffers; not thread-safe.
 */
final class NonlinearTerm {
    private final Jet jet;
    private final LocalRate rate;
    private final LinearPart linear;
    private final SpectralDerivatives derivatives;
    private final FourierTransform transform;
    private final int points;
    private final int fields;
    private final int maxOrder;
    private final int keptModes;
    private final double length;
    private final double[][][] jetRows;
    private final double[] jetPoint;
    private final double[] ratePoint;
    private final double[][] remainder;

    NonlinearTerm(PdeSystem system, LinearPart linear, SpectralDerivatives derivatives, boolean dealias) {
        this.jet = system.jet();
        this.rate = system.rate();
        this.linear = linear;
        this.derivatives = derivatives;
        this.transform = derivatives.transform();
        this.points = transform.points();
        this.fields = jet.fields().size();
        this.maxOrder = jet.maxOrder();
        this.keptModes = dealias ? (points - 1) / 3 + 1 : transform.modes();
        this.length = system.grid().length();
        this.jetRows = new double[fields][maxOrder + 1][points];
        this.jetPoint = new double[jet.size()];
        this.ratePoint = new double[fields];
        this.remainder = new double[fields][points];
    }

    /** Fills the jet rows (field f, order m, grid point j) from the spectrum. */
    private void computeJet(Spectrum state) {
        for (int f = 0; f < fields; f++) {
            for (int m = 0; m <= maxOrder; m++) {
                derivatives.fromSpectrum(state.re[f], state.im[f], m, jetRows[f][m]);
            }
        }
    }

    private void loadJetPoint(int j) {
        for (int f = 0; f < fields; f++) {
            for (int m = 0; m <= maxOrder; m++) {
                jetPoint[f * (maxOrder + 1) + m] = jetRows[f][m][j];
            }
        }
    }

    /**
     * Writes the dealiased spectrum of N(state) into result. Returns false (result undefined) when F is
     * not finite at some grid point.
     */
    boolean evaluate(Spectrum state, Spectrum result) {
        computeJet(state);
        for (int j = 0; j < points; j++) {
            loadJetPoint(j);
            rate.evaluate(jetPoint, ratePoint);
            for (int target = 0; target < fields; target++) {
                double value = ratePoint[target] - linear.rateAt(target, jetPoint, maxOrder);
                if (!Double.isFinite(value)) {
                    return false;
                }
                remainder[target][j] = value;
            }
        }
        for (int target = 0; target < fields; target++) {
            transform.forward(remainder[target], result.re[target], result.im[target]);
            for (int k = keptModes; k < result.modes; k++) {
                result.re[target][k] = 0;
                result.im[target][k] = 0;
            }
        }
        return true;
    }

    /** Writes the fields in physical space, out[f][j]. */
    void fields(Spectrum state, double[][] out) {
        for (int f = 0; f < fields; f++) {
            transform.inverse(state.re[f], state.im[f], out[f]);
        }
    }

    /** Writes the integral over the periodic grid (mean times length) of every density h(jet). */
    void integrals(Spectrum state, List<ScalarFunction> densities, double[] out) {
        if (densities.isEmpty()) {
            return;
        }
        computeJet(state);
        java.util.Arrays.fill(out, 0);
        for (int j = 0; j < points; j++) {
            loadJetPoint(j);
            for (int d = 0; d < out.length; d++) {
                out[d] += densities.get(d).value(jetPoint);
            }
        }
        for (int d = 0; d < out.length; d++) {
            out[d] *= length / points;
        }
    }
}
