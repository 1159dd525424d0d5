package org.conserve.engine.spectral;

import org.conserve.engine.system.PeriodicGrid;

/**
 * Spectral x-derivatives of a real periodic sample: {@code d^m u/dx^m} has the spectrum
 * {@code (i kappa_k)^m U_k}. Exact (to rounding) for band-limited data, i.e. data whose modes all lie
 * below the Nyquist mode. For odd m the Nyquist mode (even n) is set to zero: its derivative would be
 * imaginary, which no real sample can represent, and its sign is ambiguous (k = +n/2 or -n/2).
 *
 * <p>Reuses one {@link FourierTransform} and its spectrum buffers. <b>Not thread-safe</b>: confine each
 * instance to one thread; make one per thread and grid. No method allocates, except that the first
 * request for a derivative order above all earlier ones extends a small table of powers of kappa.
 */
public final class SpectralDerivatives {
    private final FourierTransform transform;
    private final double[] re;
    private final double[] im;
    private final double[] scaledRe;
    private final double[] scaledIm;
    /** powers[m][k] = kappa_k^m, extended when a higher order is first asked for. */
    private double[][] powers = new double[0][];

    public SpectralDerivatives(PeriodicGrid grid) {
        this.transform = new FourierTransform(grid);
        int modes = transform.modes();
        this.re = new double[modes];
        this.im = new double[modes];
        this.scaledRe = new double[modes];
        this.scaledIm = new double[modes];
    }

    public FourierTransform transform() {
        return transform;
    }

    /**
     * Writes {@code d^m u/dx^m} into {@code derivatives[m]} for m = 0 .. maxOrder (m = 0 copies u).
     *
     * @param values      u at the grid points, length n
     * @param maxOrder    highest order, at least 0
     * @param derivatives at least maxOrder + 1 rows of length n
     */
    public void derivatives(double[] values, int maxOrder, double[][] derivatives) {
        transform.forward(values, re, im);
        System.arraycopy(values, 0, derivatives[0], 0, values.length);
        for (int order = 1; order <= maxOrder; order++) {
            fromSpectrum(re, im, order, derivatives[order]);
        }
    }

    /** Writes the single derivative of the given order of u (order 0 copies u). */
    public void derivative(double[] values, int order, double[] result) {
        transform.forward(values, re, im);
        fromSpectrum(re, im, order, result);
    }

    /**
     * Writes the derivative of the given order of the real function whose half spectrum is (re, im),
     * as produced by {@link FourierTransform#forward}. The spectrum arrays are not modified.
     */
    public void fromSpectrum(double[] spectrumRe, double[] spectrumIm, int order, double[] result) {
        int modes = transform.modes();
        double[] factors = powers(order);
        for (int k = 0; k < modes; k++) {
            double factor = factors[k];
            double a = spectrumRe[k] * factor;
            double b = spectrumIm[k] * factor;
            // multiply by i^order: 1, i, -1, -i
            switch (order & 3) {
                case 0 -> { scaledRe[k] = a; scaledIm[k] = b; }
                case 1 -> { scaledRe[k] = -b; scaledIm[k] = a; }
                case 2 -> { scaledRe[k] = -a; scaledIm[k] = -b; }
                default -> { scaledRe[k] = b; scaledIm[k] = -a; }
            }
        }
        if (transform.hasNyquistMode() && (order & 1) == 1) {
            scaledRe[modes - 1] = 0;
            scaledIm[modes - 1] = 0;
        }
        transform.inverse(scaledRe, scaledIm, result);
    }

    private double[] powers(int order) {
        if (order >= powers.length) {
            double[][] extended = java.util.Arrays.copyOf(powers, order + 1);
            for (int m = powers.length; m <= order; m++) {
                extended[m] = new double[transform.modes()];
                for (int k = 0; k < extended[m].length; k++) {
                    extended[m][k] = Math.pow(transform.wavenumber(k), m);
                }
            }
            powers = extended;
        }
        return powers[order];
    }
}
