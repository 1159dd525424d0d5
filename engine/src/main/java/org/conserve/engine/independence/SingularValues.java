package org.conserve.engine.independence;

/**
 * Singular values of small dense matrices by one-sided Jacobi (Hestenes) rotations of the rows.
 *
 * <p>Rotating pairs of rows until every pair is orthogonal leaves the row space and the singular
 * values unchanged, and the singular values are then the row norms. One-sided Jacobi is accurate
 * to high relative precision even for tiny singular values, which matters here: the ratios we count
 * span many orders of magnitude. Cost per sweep O(n^2 d); a handful of sweeps for n, d <= 18.
 *
 * <p>Not thread-safe: the instance owns its work matrix. Use one per thread.
 */
public final class SingularValues {
    private static final int MAX_SWEEPS = 60;
    private final double[][] work;

    /** Work space for matrices of up to {@code rows} x {@code columns}. */
    public SingularValues(int rows, int columns) {
        work = new double[rows][columns];
    }

    /**
     * Computes the singular values of the {@code rows} x {@code columns} matrix {@code a} (left
     * unchanged) into {@code values} (length rows), in descending order. Rows beyond the rank give 0.
     */
    public void compute(double[][] a, int rows, int columns, double[] values) {
        for (int i = 0; i < rows; i++) {
            System.arraycopy(a[i], 0, work[i], 0, columns);
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            if (!sweep(rows, columns)) {
                break;
            }
        }
        for (int i = 0; i < rows; i++) {
            values[i] = Math.sqrt(dot(work[i], work[i], columns));
        }
        sortDescending(values, rows);
    }

    /** One sweep over all row pairs; returns whether any pair still needed a rotation. */
    private boolean sweep(int rows, int columns) {
        boolean rotated = false;
        for (int i = 0; i < rows - 1; i++) {
            for (int j = i + 1; j < rows; j++) {
                double[] u = work[i];
                double[] v = work[j];
                double alpha = dot(u, u, columns);
                double beta = dot(v, v, columns);
                double gamma = dot(u, v, columns);
                if (Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta) || gamma == 0.0) {
                    continue;
                }
                rotated = true;
                double zeta = (beta - alpha) / (2.0 * gamma);
                double t = Math.signum(zeta) / (Math.abs(zeta) + Math.sqrt(1.0 + zeta * zeta));
                if (zeta == 0.0) {
                    t = 1.0;
                }
                double c = 1.0 / Math.sqrt(1.0 + t * t);
                double s = c * t;
                for (int k = 0; k < columns; k++) {
                    double uk = u[k];
                    double vk = v[k];
                    u[k] = c * uk - s * vk;
                    v[k] = s * uk + c * vk;
                }
            }
        }
        return rotated;
    }

    private static double dot(double[] u, double[] v, int length) {
        double sum = 0.0;
        for (int k = 0; k < length; k++) {
            sum += u[k] * v[k];
        }
        return sum;
    }

    private static void sortDescending(double[] values, int length) {
        for (int i = 1; i < length; i++) {
            double key = values[i];
            int j = i - 1;
            while (j >= 0 && values[j] < key) {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = key;
        }
    }
}
