package org.conserve.symbolic.search;

import java.util.List;

import org.conserve.symbolic.proof.NumericGradient;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * How much of a set of (neural) conserved directions a set of (symbolic) laws explains: at each
 * point, the rank of the symbolic unit gradients, and how many more directions the neural ones add.
 * The neural directions are explained when they add none; the per-point ranks are combined by a
 * majority vote (the median). Stateless; the gradients must be safe to call from the calling thread.
 */
public final class SpanComparison {
    /** Singular values below this fraction of the largest count as zero. */
    private static final double RANK_TOLERANCE = 1e-6;

    private SpanComparison() {
    }

    /**
     * The comparison.
     *
     * @param symbolicRank the number of independent symbolic laws (median over points)
     * @param neuralRank   the number of independent neural directions (median over points)
     * @param explained    how many of the neural directions the symbolic laws span
     * @param unexplained  how many neural directions lie outside the symbolic laws' span (numeric-only laws)
     * @param extra        how many symbolic laws lie outside the neural span (a disagreement to flag)
     */
    public record Result(int symbolicRank, int neuralRank, int explained, int unexplained, int extra) {
        /** "3 of 3 explained". */
        public String summary() {
            return explained + " of " + neuralRank + " explained";
        }
    }

    /** Compares the two sets of gradients at the given points. */
    public static Result compare(List<NumericGradient> symbolic, List<NumericGradient> neural, List<double[]> points) {
        int d = points.get(0).length;
        int[] symbolicRanks = new int[points.size()];
        int[] neuralRanks = new int[points.size()];
        int[] jointRanks = new int[points.size()];
        for (int p = 0; p < points.size(); p++) {
            double[][] s = gradients(symbolic, points.get(p), d);
            double[][] n = gradients(neural, points.get(p), d);
            double[][] joint = new double[s.length + n.length][];
            System.arraycopy(s, 0, joint, 0, s.length);
            System.arraycopy(n, 0, joint, s.length, n.length);
            symbolicRanks[p] = rank(s);
            neuralRanks[p] = rank(n);
            jointRanks[p] = rank(joint);
        }
        int symbolicRank = median(symbolicRanks);
        int neuralRank = median(neuralRanks);
        int jointRank = median(jointRanks);
        int unexplained = jointRank - symbolicRank;
        return new Result(symbolicRank, neuralRank, Math.max(0, neuralRank - unexplained), unexplained,
                jointRank - neuralRank);
    }

    private static double[][] gradients(List<NumericGradient> functions, double[] point, int d) {
        double[][] rows = new double[functions.size()][d];
        for (int i = 0; i < functions.size(); i++) {
            functions.get(i).gradient(point, rows[i]);
            double norm = 0;
            for (double x : rows[i]) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < d && norm > 0; j++) {
                rows[i][j] /= norm;
            }
        }
        return rows;
    }

    private static int rank(double[][] rows) {
        if (rows.length == 0) {
            return 0;
        }
        double[] singular = new SingularValueDecomposition(MatrixUtils.createRealMatrix(rows)).getSingularValues();
        int rank = 0;
        for (double s : singular) {
            if (s > RANK_TOLERANCE * Math.max(singular[0], 1e-300)) {
                rank++;
            }
        }
        return singular[0] == 0 ? 0 : rank;
    }

    private static int median(int[] values) {
        int[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
