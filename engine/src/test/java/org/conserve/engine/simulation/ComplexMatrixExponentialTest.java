package org.conserve.engine.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ComplexMatrixExponentialTest {

    @Test
    void scalarExponentialIsExact() {
        double[] re = new double[1];
        double[] im = new double[1];
        new ComplexMatrixExponential(1).exp(new double[]{-0.3}, new double[]{2.5}, 1.7, re, im);
        assertEquals(Math.exp(-0.51) * Math.cos(4.25), re[0], 1e-16);
        assertEquals(Math.exp(-0.51) * Math.sin(4.25), im[0], 1e-16);
    }

    @Test
    void antisymmetricGeneratorGivesARotationEvenForLargeAngles() {
        // exp(s [[0, w], [-w, 0]]) = [[cos sw, sin sw], [-sin sw, cos sw]]
        ComplexMatrixExponential exponential = new ComplexMatrixExponential(2);
        double w = 137.0;
        double s = 0.9;
        double[] re = new double[4];
        double[] im = new double[4];
        exponential.exp(new double[]{0, w, -w, 0}, new double[4], s, re, im);
        double c = Math.cos(s * w);
        double sn = Math.sin(s * w);
        double[] expected = {c, sn, -sn, c};
        for (int e = 0; e < 4; e++) {
            assertEquals(expected[e], re[e], 1e-12);
            assertEquals(0, im[e], 1e-15);
        }
    }

    @Test
    void nilpotentGeneratorGivesItsFiniteSeries() {
        // A = [[0, 1], [0, 0]] (complex scale i): exp(s A) = I + s A
        double[] re = new double[4];
        double[] im = new double[4];
        new ComplexMatrixExponential(2).exp(new double[]{0, 0, 0, 0}, new double[]{0, 3, 0, 0}, 2, re, im);
        assertEquals(1, re[0], 1e-15);
        assertEquals(0, re[1], 1e-15);
        assertEquals(6, im[1], 1e-14);
        assertEquals(1, re[3], 1e-15);
    }

    @Test
    void exponentialOfMinusATimesExponentialOfAIsTheIdentity() {
        int n = 3;
        java.util.SplittableRandom random = new java.util.SplittableRandom(8);
        double[] aRe = new double[n * n];
        double[] aIm = new double[n * n];
        for (int e = 0; e < n * n; e++) {
            aRe[e] = random.nextDouble(-3, 3);
            aIm[e] = random.nextDouble(-3, 3);
        }
        ComplexMatrixExponential exponential = new ComplexMatrixExponential(n);
        double[] pRe = new double[n * n];
        double[] pIm = new double[n * n];
        double[] mRe = new double[n * n];
        double[] mIm = new double[n * n];
        exponential.exp(aRe, aIm, 1, pRe, pIm);
        exponential.exp(aRe, aIm, -1, mRe, mIm);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double sumRe = 0;
                double sumIm = 0;
                for (int k = 0; k < n; k++) {
                    sumRe += pRe[r * n + k] * mRe[k * n + c] - pIm[r * n + k] * mIm[k * n + c];
                    sumIm += pRe[r * n + k] * mIm[k * n + c] + pIm[r * n + k] * mRe[k * n + c];
                }
                assertEquals(r == c ? 1 : 0, sumRe, 1e-9);
                assertEquals(0, sumIm, 1e-9);
            }
        }
    }
}
