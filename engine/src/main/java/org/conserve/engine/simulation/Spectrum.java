package org.conserve.engine.simulation;

import org.conserve.engine.spectral.FourierTransform;

/**
 * The half spectra of all fields of a PDE state ({@link FourierTransform}'s convention): mode k of field
 * f is {@code re[f][k] + i im[f][k]}. Mutable working storage of the pseudo-spectral integrator; the
 * operations below are allocation-free. Not thread-safe.
 */
final class Spectrum {
    final int fields;
    final int modes;
    final double[][] re;
    final double[][] im;

    Spectrum(int fields, int modes) {
        this.fields = fields;
        this.modes = modes;
        this.re = new double[fields][modes];
        this.im = new double[fields][modes];
    }

    void copyFrom(Spectrum other) {
        for (int f = 0; f < fields; f++) {
            System.arraycopy(other.re[f], 0, re[f], 0, modes);
            System.arraycopy(other.im[f], 0, im[f], 0, modes);
        }
    }

    /** this = a + alpha b. */
    void setSum(Spectrum a, double alpha, Spectrum b) {
        for (int f = 0; f < fields; f++) {
            for (int k = 0; k < modes; k++) {
                re[f][k] = a.re[f][k] + alpha * b.re[f][k];
                im[f][k] = a.im[f][k] + alpha * b.im[f][k];
            }
        }
    }

    /** this += alpha b. */
    void add(double alpha, Spectrum b) {
        for (int f = 0; f < fields; f++) {
            for (int k = 0; k < modes; k++) {
                re[f][k] += alpha * b.re[f][k];
                im[f][k] += alpha * b.im[f][k];
            }
        }
    }

    /** this = M x, mode by mode, with M[k] a fields x fields complex matrix; this must not be x. */
    void setProduct(ModeMatrices matrices, Spectrum x) {
        int n = fields;
        for (int k = 0; k < modes; k++) {
            double[] mRe = matrices.re[k];
            double[] mIm = matrices.im[k];
            for (int target = 0; target < n; target++) {
                double sumRe = 0;
                double sumIm = 0;
                for (int source = 0; source < n; source++) {
                    double ar = mRe[target * n + source];
                    double ai = mIm[target * n + source];
                    double xr = x.re[source][k];
                    double xi = x.im[source][k];
                    sumRe += ar * xr - ai * xi;
                    sumIm += ar * xi + ai * xr;
                }
                re[target][k] = sumRe;
                im[target][k] = sumIm;
            }
        }
    }

    /**
     * The mean over the grid of the squared fields (summed over fields) of this minus other (other may be
     * null for this alone), by Parseval: (1/n^2) sum over the full spectrum of |U_k|^2.
     */
    double meanSquare(Spectrum other, int points) {
        boolean nyquist = points % 2 == 0;
        double sum = 0;
        for (int f = 0; f < fields; f++) {
            for (int k = 0; k < modes; k++) {
                double dr = re[f][k] - (other == null ? 0 : other.re[f][k]);
                double di = im[f][k] - (other == null ? 0 : other.im[f][k]);
                double weight = (k == 0 || (nyquist && k == modes - 1)) ? 1 : 2;
                sum += weight * (dr * dr + di * di);
            }
        }
        return sum / ((double) points * points);
    }

    boolean isFinite() {
        for (int f = 0; f < fields; f++) {
            for (int k = 0; k < modes; k++) {
                if (!Double.isFinite(re[f][k]) || !Double.isFinite(im[f][k])) {
                    return false;
                }
            }
        }
        return true;
    }
}
