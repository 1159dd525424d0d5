package org.conserve.symbolic.search;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * Greedy functional independence: a law joins the selection when, at a majority of the points, the
 * Jacobian of the selection plus the law (unit gradients stacked as rows) has full rank. Laws are
 * offered simplest first, so the simplest independent ones are kept. Not thread-safe (uses the
 * basis's buffers).
 */
final class Independence {
    /** Singular values below this fraction of the largest count as zero. */
    private static final double RANK_TOLERANCE = 1e-6;

    /** A combination whose gradient is this small relative to its terms' gradients is constant. */
    private static final double CONSTANT_TOLERANCE = 1e-9;

    private Independence() {
    }

    /**
     * The laws whose gradient does not vanish: a combination whose gradient cancels to rounding
     * error at every point is a constant (a dependency among basis functions), not a law.
     */
    static double[][] withoutConstants(double[][] laws, Basis basis, List<double[]> points) {
        int d = points.get(0).length;
        double[] partial = new double[d];
        double[] sum = new double[d];
        List<double[]> kept = new ArrayList<>();
        for (double[] c : laws) {
            double largestRatio = 0;
            for (double[] point : points) {
                basis.load(point);
                java.util.Arrays.fill(sum, 0);
                double magnitude = 0;
                for (int k = 0; k < c.length; k++) {
                    if (c[k] != 0) {
                        basis.gradient(k, partial);
                        for (int i = 0; i < d; i++) {
                            sum[i] += c[k] * partial[i];
                            magnitude += Math.abs(c[k] * partial[i]);
                        }
                    }
                }
                double norm = 0;
                for (double x : sum) {
                    norm += Math.abs(x);
                }
                if (magnitude > 0) {
                    largestRatio = Math.max(largestRatio, norm / magnitude);
                }
            }
            if (largestRatio > CONSTANT_TOLERANCE) {
                kept.add(c);
            }
        }
        return kept.toArray(new double[0][]);
    }

    /** Indices (into {@code laws}) of a functionally independent subset, in offer order. */
    static List<Integer> select(List<double[]> laws, Basis basis, List<double[]> points) {
        int d = points.get(0).length;
        // gradients[p][law] = grad of the law at point p
        double[][][] gradients = new double[points.size()][laws.size()][d];
        double[] scratch = new double[d];
        for (int p = 0; p < points.size(); p++) {
            basis.load(points.get(p));
            for (int l = 0; l < laws.size(); l++) {
                double[] c = laws.get(l);
                double[] grad = gradients[p][l];
                for (int k = 0; k < c.length; k++) {
                    if (c[k] != 0) {
                        basis.gradient(k, scratch);
                        for (int i = 0; i < d; i++) {
                            grad[i] += c[k] * scratch[i];
                        }
                    }
                }
                normalise(grad);
            }
        }
        List<Integer> selected = new ArrayList<>();
        for (int l = 0; l < laws.size() && selected.size() < d; l++) {
            int fullRank = 0;
            for (double[][] atPoint : gradients) {
                if (rank(atPoint, selected, l) == selected.size() + 1) {
                    fullRank++;
                }
            }
            if (2 * fullRank > points.size()) {
                selected.add(l);
            }
        }
        return selected;
    }

    private static void normalise(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= norm;
            }
        }
    }

    private static int rank(double[][] gradients, List<Integer> selected, int candidate) {
        double[][] rows = new double[selected.size() + 1][];
        for (int i = 0; i < selected.size(); i++) {
            rows[i] = gradients[selected.get(i)];
        }
        rows[selected.size()] = gradients[candidate];
        double[] singular = new SingularValueDecomposition(MatrixUtils.createRealMatrix(rows)).getSingularValues();
        int rank = 0;
        for (double s : singular) {
            if (s > RANK_TOLERANCE * singular[0]) {
                rank++;
            }
        }
        return rank;
    }
}
