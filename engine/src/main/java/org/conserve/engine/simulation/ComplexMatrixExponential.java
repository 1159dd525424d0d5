package org.conserve.engine.simulation;

/**
 * The exponential {@code exp(s A)} of a small complex m x m matrix A (row-major real and imaginary parts),
 * by scaling and squaring a Taylor series:
 *
 * <pre>
 *   B = s A / 2^q   with q the least integer making ||B||_inf &lt;= 1/2,
 *   exp(B) = sum_{j >= 0} B^j / j!   (summed until a term no longer changes the sum),
 *   exp(s A) = exp(B)^(2^q)          (q squarings).
 * </pre>
 *
 * With ||B|| &lt;= 1/2 the Taylor remainder after 18 terms is below 1e-22, so the series is exact to
 * rounding; the squarings add a relative error of about q times the machine epsilon. For m = 1 the
 * exponential is the exact {@code e^(s a) = e^(s Re a) (cos(s Im a) + i sin(s Im a))}.
 *
 * <p>Keeps its work arrays: {@link #exp} does not allocate. <b>Not thread-safe</b>: one instance per
 * thread.
 */
public final class ComplexMatrixExponential {
    private static final int MAX_TERMS = 30;

    private final int size;
    private final double[] termRe;
    private final double[] termIm;
    private final double[] scratchRe;
    private final double[] scratchIm;
    private final double[] scaledRe;
    private final double[] scaledIm;

    public ComplexMatrixExponential(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("matrix size must be at least 1, got " + size);
        }
        this.size = size;
        int entries = size * size;
        termRe = new double[entries];
        termIm = new double[entries];
        scratchRe = new double[entries];
        scratchIm = new double[entries];
        scaledRe = new double[entries];
        scaledIm = new double[entries];
    }

    public int size() {
        return size;
    }

    /** Writes exp(scale * A) into (outRe, outIm); A is (aRe, aIm). Arrays have size^2 entries, row-major. */
    public void exp(double[] aRe, double[] aIm, double scale, double[] outRe, double[] outIm) {
        if (size == 1) {
            double magnitude = Math.exp(scale * aRe[0]);
            double angle = scale * aIm[0];
            outRe[0] = magnitude * Math.cos(angle);
            outIm[0] = magnitude * Math.sin(angle);
            return;
        }
        int entries = size * size;
        double norm = infinityNorm(aRe, aIm) * Math.abs(scale);
        int squarings = norm <= 0.5 ? 0 : (int) Math.ceil(Math.log(norm / 0.5) / Math.log(2));
        double factor = scale / Math.pow(2, squarings);
        for (int e = 0; e < entries; e++) {
            scaledRe[e] = aRe[e] * factor;
            scaledIm[e] = aIm[e] * factor;
        }
        setIdentity(outRe, outIm);
        setIdentity(termRe, termIm);
        for (int j = 1; j <= MAX_TERMS; j++) {
            multiply(termRe, termIm, scaledRe, scaledIm, scratchRe, scratchIm);
            double change = 0;
            double total = 0;
            for (int e = 0; e < entries; e++) {
                termRe[e] = scratchRe[e] / j;
                termIm[e] = scratchIm[e] / j;
                outRe[e] += termRe[e];
                outIm[e] += termIm[e];
                change += Math.abs(termRe[e]) + Math.abs(termIm[e]);
                total += Math.abs(outRe[e]) + Math.abs(outIm[e]);
            }
            if (change <= 1e-18 * total) {
                break;
            }
        }
        for (int q = 0; q < squarings; q++) {
            multiply(outRe, outIm, outRe, outIm, scratchRe, scratchIm);
            System.arraycopy(scratchRe, 0, outRe, 0, entries);
            System.arraycopy(scratchIm, 0, outIm, 0, entries);
        }
    }

    private double infinityNorm(double[] re, double[] im) {
        double norm = 0;
        for (int row = 0; row < size; row++) {
            double sum = 0;
            for (int column = 0; column < size; column++) {
                sum += Math.hypot(re[row * size + column], im[row * size + column]);
            }
            norm = Math.max(norm, sum);
        }
        return norm;
    }

    private void setIdentity(double[] re, double[] im) {
        java.util.Arrays.fill(re, 0, size * size, 0);
        java.util.Arrays.fill(im, 0, size * size, 0);
        for (int i = 0; i < size; i++) {
            re[i * size + i] = 1;
        }
    }

    /** (cRe, cIm) = (aRe, aIm) (bRe, bIm); c must not alias a or b. */
    private void multiply(double[] aRe, double[] aIm, double[] bRe, double[] bIm, double[] cRe, double[] cIm) {
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                double sumRe = 0;
                double sumIm = 0;
                for (int k = 0; k < size; k++) {
                    double xr = aRe[row * size + k];
                    double xi = aIm[row * size + k];
                    double yr = bRe[k * size + column];
                    double yi = bIm[k * size + column];
                    sumRe += xr * yr - xi * yi;
                    sumIm += xr * yi + xi * yr;
                }
                cRe[row * size + column] = sumRe;
                cIm[row * size + column] = sumIm;
            }
        }
    }
}
