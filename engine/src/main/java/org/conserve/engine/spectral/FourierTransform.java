package org.conserve.engine.spectral;

import org.conserve.engine.system.PeriodicGrid;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The discrete Fourier transform of real periodic samples on a {@link PeriodicGrid}, any number of
 * points n, as a half spectrum.
 *
 * <p>Convention: {@code U_k = sum_j u_j exp(-2 pi i j k / n)} for k = 0 .. n/2 (integer division), so
 * {@code u_j = (1/n) sum_{k=-n/2..n/2} U_k exp(2 pi i j k / n)} with U_{-k} = conj(U_k). Mode k has the
 * physical wavenumber {@code kappa_k = 2 pi k / L}, L the grid length: it is exp(i kappa_k (x - x_min)).
 * For even n the last mode k = n/2 is the Nyquist mode; for real data it is real.
 *
 * <p>Backed by JTransforms' {@link DoubleFFT_1D} (plan made once) and one packing buffer: reuse an
 * instance for every transform on the same grid. <b>Not thread-safe</b>: confine each instance to one
 * thread. No method allocates.
 */
public final class FourierTransform {
    private final int points;
    private final double length;
    private final DoubleFFT_1D fft;
    private final double[] packed;

    public FourierTransform(PeriodicGrid grid) {
        this.points = grid.points();
        this.length = grid.length();
        this.fft = new DoubleFFT_1D(points);
        this.packed = new double[points];
    }

    /** The number n of grid points. */
    public int points() {
        return points;
    }

    /** The number of modes of the half spectrum, n/2 + 1 (integer division). */
    public int modes() {
        return points / 2 + 1;
    }

    /** Whether mode {@code modes() - 1} is the Nyquist mode (n even). */
    public boolean hasNyquistMode() {
        return points % 2 == 0;
    }

    /** The physical wavenumber 2 pi k / L of mode k. */
    public double wavenumber(int k) {
        return 2 * Math.PI * k / length;
    }

    /** Writes the half spectrum of {@code values} (length n) into re and im (length {@link #modes()}). */
    public void forward(double[] values, double[] re, double[] im) {
        System.arraycopy(values, 0, packed, 0, points);
        fft.realForward(packed);
        int last = modes() - 1;
        re[0] = packed[0];
        im[0] = 0;
        if (hasNyquistMode()) {
            re[last] = packed[1];
            im[last] = 0;
            for (int k = 1; k < last; k++) {
                re[k] = packed[2 * k];
                im[k] = packed[2 * k + 1];
            }
        } else {
            for (int k = 1; k < last; k++) {
                re[k] = packed[2 * k];
                im[k] = packed[2 * k + 1];
            }
            if (last > 0) {
                re[last] = packed[points - 1];
                im[last] = packed[1];
            }
        }
    }

    /**
     * Writes the real values (length n) whose half spectrum is (re, im). The imaginary parts of mode 0
     * and of the Nyquist mode are ignored (they are zero for real data).
     */
    public void inverse(double[] re, double[] im, double[] values) {
        int last = modes() - 1;
        packed[0] = re[0];
        if (hasNyquistMode()) {
            packed[1] = re[last];
            for (int k = 1; k < last; k++) {
                packed[2 * k] = re[k];
                packed[2 * k + 1] = im[k];
            }
        } else {
            for (int k = 1; k < last; k++) {
                packed[2 * k] = re[k];
                packed[2 * k + 1] = im[k];
            }
            if (last > 0) {
                packed[points - 1] = re[last];
                packed[1] = im[last];
            }
        }
        fft.realInverse(packed, true);
        System.arraycopy(packed, 0, values, 0, points);
    }
}
