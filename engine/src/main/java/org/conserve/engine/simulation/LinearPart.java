package org.conserve.engine.simulation;

import org.conserve.engine.spectral.FourierTransform;

/**
 * The constant-coefficient linear part of a PDE in Fourier space and its exponentials.
 *
 * <p>With {@code linear[t][s][m]} the coefficient of d^m(field s)/dx^m in the equation of field t, mode k
 * (wavenumber kappa) evolves under the fields x fields complex matrix
 * {@code L(k)[t][s] = sum_m linear[t][s][m] (i kappa)^m}. At the Nyquist mode (even n) odd orders are
 * dropped, as in {@code SpectralDerivatives}: a real sample cannot carry an imaginary Nyquist amplitude.
 *
 * <p>Not thread-safe (keeps the exponential's work arrays).
 */
final class LinearPart {
    private final int fields;
    private final int modes;
    private final ModeMatrices generator;
    private final ComplexMatrixExponential exponential;
    private final double[][][] linear;

    LinearPart(double[][][] linear, FourierTransform transform) {
        this.linear = linear;
        this.fields = linear.length;
        this.modes = transform.modes();
        this.generator = new ModeMatrices(modes, fields);
        this.exponential = new ComplexMatrixExponential(fields);
        for (int k = 0; k < modes; k++) {
            double kappa = transform.wavenumber(k);
            boolean nyquist = transform.hasNyquistMode() && k == modes - 1;
            for (int t = 0; t < fields; t++) {
                for (int s = 0; s < fields; s++) {
                    double sumRe = 0;
                    double sumIm = 0;
                    for (int m = 0; m < linear[t][s].length; m++) {
                        if (linear[t][s][m] == 0 || (nyquist && m % 2 == 1)) {
                            continue;
                        }
                        double value = linear[t][s][m] * Math.pow(kappa, m);
                        switch (m & 3) {  // (i kappa)^m = kappa^m i^m
                            case 0 -> sumRe += value;
                            case 1 -> sumIm += value;
                            case 2 -> sumRe -= value;
                            default -> sumIm -= value;
                        }
                    }
                    generator.re[k][t * fields + s] = sumRe;
                    generator.im[k][t * fields + s] = sumIm;
                }
            }
        }
    }

    /** Writes exp(L(k) h) for every mode. */
    void exponentials(double h, ModeMatrices result) {
        for (int k = 0; k < modes; k++) {
            exponential.exp(generator.re[k], generator.im[k], h, result.re[k], result.im[k]);
        }
    }

    /** The linear part of field t's rate at one point, sum_s sum_m linear[t][s][m] jet[s][m]. */
    double rateAt(int target, double[] jet, int maxOrder) {
        double sum = 0;
        for (int s = 0; s < fields; s++) {
            double[] coefficients = linear[target][s];
            for (int m = 0; m < coefficients.length; m++) {
                sum += coefficients[m] * jet[s * (maxOrder + 1) + m];
            }
        }
        return sum;
    }
}
