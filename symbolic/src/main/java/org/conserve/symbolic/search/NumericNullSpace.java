package org.conserve.symbolic.search;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * The null space of the sample matrix {@code G_pk = grad b_k(z_p) . f(z_p)} and its sparse, reduced
 * form. Stateless and thread-safe.
 *
 * <p>Columns are scaled to unit norm before the SVD so that basis functions of different sizes
 * count alike; a right singular vector whose singular value divided by the largest one is below the
 * tolerance spans the null space, and is scaled back. The basis of the null space is then brought to
 * reduced row echelon form with the columns in basis order (simplest functions first, partial
 * pivoting within each column): every law has a leading 1 on its own simplest term and zeros on the
 * leading terms of the others, which is sparse for the systems we know and makes the coefficients
 * rational numbers that {@link Rationals} can recognise.
 */
final class NumericNullSpace {

    private NumericNullSpace() {
    }

    /** Result: the reduced null-space basis (rows) and the singular-value gap seen. */
    record Result(double[][] laws, double largestNullRatio, double smallestKeptRatio) {
    }

    static Result of(double[][] g, double tolerance) {
        int columns = g[0].length;
        double[] scale = new double[columns];
        for (double[] row : g) {
            for (int k = 0; k < columns; k++) {
                scale[k] += row[k] * row[k];
            }
        }
        double[][] scaled = new double[g.length][columns];
        for (int k = 0; k < columns; k++) {
            scale[k] = scale[k] > 0 ? Math.sqrt(scale[k]) : 1;
        }
        for (int p = 0; p < g.length; p++) {
            for (int k = 0; k < columns; k++) {
                scaled[p][k] = g[p][k] / scale[k];
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(MatrixUtils.createRealMatrix(scaled));
        double[] singular = svd.getSingularValues();
        RealMatrix v = svd.getV();
        double largest = singular.length == 0 ? 0 : singular[0];
        List<double[]> basis = new ArrayList<>();
        double largestNull = 0;
        double smallestKept = Double.POSITIVE_INFINITY;
        for (int i = 0; i < columns; i++) {
            double value = i < singular.length ? singular[i] : 0;
            double ratio = largest > 0 ? value / largest : 0;
            if (ratio < tolerance) {
                double[] vector = new double[columns];
                for (int k = 0; k < columns; k++) {
                    vector[k] = v.getEntry(k, i) / scale[k];
                }
                basis.add(vector);
                largestNull = Math.max(largestNull, ratio);
            } else {
                smallestKept = Math.min(smallestKept, ratio);
            }
        }
        return new Result(reduce(basis, columns), largestNull, smallestKept);
    }

    /** Reduced row echelon form with columns in order and partial pivoting. */
    static double[][] reduce(List<double[]> vectors, int columns) {
        double[][] rows = vectors.toArray(new double[0][]);
        double magnitude = 0;
        for (double[] row : rows) {
            for (double x : row) {
                magnitude = Math.max(magnitude, Math.abs(x));
            }
        }
        double negligible = 1e-9 * magnitude;
        int rank = 0;
        for (int column = 0; column < columns && rank < rows.length; column++) {
            int best = rank;
            for (int r = rank + 1; r < rows.length; r++) {
                if (Math.abs(rows[r][column]) > Math.abs(rows[best][column])) {
                    best = r;
                }
            }
            if (Math.abs(rows[best][column]) <= negligible) {
                continue;
            }
            double[] swap = rows[best];
            rows[best] = rows[rank];
            rows[rank] = swap;
            double pivot = rows[rank][column];
            for (int c = 0; c < columns; c++) {
                rows[rank][c] /= pivot;
            }
            for (int r = 0; r < rows.length; r++) {
                double factor = rows[r][column];
                if (r != rank && factor != 0) {
                    for (int c = 0; c < columns; c++) {
                        rows[r][c] -= factor * rows[rank][c];
                    }
                }
            }
            rank++;
        }
        double[][] reduced = new double[rank][];
        System.arraycopy(rows, 0, reduced, 0, rank);
        return reduced;
    }
}
