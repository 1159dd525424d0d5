package org.conserve.symbolic.search;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * Recognises laws that are mere products of other laws (P_x^2, P_x P_y once P_x and P_y are known):
 * a law whose values at the sample points lie in the span of 1, the other laws and their pairwise
 * products adds nothing a person needs to read. Laws such as E_y of the isotropic oscillator, which
 * is dependent only through L^2 + K^2 = 4 E_x E_y, are not products and stay. Not thread-safe (uses
 * the basis's buffers).
 */
final class Products {
    /** Relative least-squares residual below which a law counts as in the span. */
    private static final double SPAN_TOLERANCE = 1e-9;

    private Products() {
    }

    /** Whether law {@code index} is a linear combination of 1, the others and their pairwise products. */
    static boolean isProductOfOthers(int index, List<double[]> laws, Basis basis, List<double[]> points) {
        int n = laws.size();
        double[][] values = new double[points.size()][n];
        for (int p = 0; p < points.size(); p++) {
            basis.load(points.get(p));
            for (int l = 0; l < n; l++) {
                double[] c = laws.get(l);
                double v = 0;
                for (int k = 0; k < c.length; k++) {
                    if (c[k] != 0) {
                        v += c[k] * basis.value(k);
                    }
                }
                values[p][l] = v;
            }
        }
        List<double[]> columns = new ArrayList<>();
        double[] ones = new double[points.size()];
        java.util.Arrays.fill(ones, 1);
        columns.add(ones);
        for (int i = 0; i < n; i++) {
            if (i == index) {
                continue;
            }
            columns.add(column(values, i, -1));
            for (int j = i; j < n; j++) {
                if (j != index) {
                    columns.add(column(values, i, j));
                }
            }
        }
        if (columns.size() >= points.size()) {
            return false;
        }
        RealMatrix a = MatrixUtils.createRealMatrix(points.size(), columns.size());
        for (int c = 0; c < columns.size(); c++) {
            double[] col = columns.get(c);
            double norm = 0;
            for (double x : col) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            for (int p = 0; p < points.size(); p++) {
                a.setEntry(p, c, norm > 0 ? col[p] / norm : 0);
            }
        }
        double[] target = column(values, index, -1);
        double targetNorm = 0;
        for (double x : target) {
            targetNorm += x * x;
        }
        targetNorm = Math.sqrt(targetNorm);
        if (targetNorm == 0) {
            return true;
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(a);
        double[] fitted = a.operate(svd.getSolver().solve(MatrixUtils.createRealVector(target)).toArray());
        double residual = 0;
        for (int p = 0; p < target.length; p++) {
            residual += (target[p] - fitted[p]) * (target[p] - fitted[p]);
        }
        return Math.sqrt(residual) <= SPAN_TOLERANCE * targetNorm;
    }

    private static double[] column(double[][] values, int i, int j) {
        double[] col = new double[values.length];
        for (int p = 0; p < values.length; p++) {
            col[p] = j < 0 ? values[p][i] : values[p][i] * values[p][j];
        }
        return col;
    }
}
