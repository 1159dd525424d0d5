package org.conserve.engine.independence;

import java.util.Arrays;
import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;

/**
 * Counts functionally independent functions from their gradients ("nonlinear SVD" of AI Poincare
 * 2.0): at each point p the n x d matrix of unit gradients {@code g_i = grad H_i / |grad H_i|}, its
 * singular values s_k, explained ratios {@code r_k = s_k^2 / sum_j s_j^2}, averaged over points and
 * sorted descending. The count is where the averaged spectrum drops most: the k maximising
 * {@code r_{k-1} / r_k} (with {@code r_n = 0}) among the k whose {@code r_{k-1}} is at least
 * {@link #gapFloor()}, provided that drop is at least {@link #MINIMUM_GAP}; without such a drop, the
 * ratios above {@link #threshold()} are counted (the paper's rule). The fixed threshold alone undercounts
 * many laws in high dimension: the nine exact laws of the 3D three-body problem have averaged ratios
 * down to 8e-3, then 1e-33. The per-point rank (ratios above {@link #rankTolerance()}) is put to a
 * majority vote as a second opinion.
 *
 * <p>Collapse guard: a function whose median gradient norm is below {@link #collapseRatio()} times
 * the largest median norm of all functions is nearly constant on the sample; its unit gradients are
 * noise, so it is excluded (its row is zero) and listed in {@link IndependenceReport#collapsed()}.
 * Gradients that are zero or not finite at a point give a zero row at that point.
 *
 * <p>Immutable and thread-safe; {@link #analyse} allocates its own work space.
 *
 * @param threshold     explained-ratio threshold of the count (paper: 1e-2)
 * @param rankTolerance explained-ratio threshold of the per-point rank
 * @param collapseRatio relative median-gradient-norm floor below which a function is excluded
 * @param gapFloor      an averaged ratio below this is never counted as an independent direction
 */
public record IndependenceAnalysis(double threshold, double rankTolerance, double collapseRatio, double gapFloor) {
    /** The smallest drop (a factor) that the largest-gap rule accepts as the edge of the spectrum. */
    public static final double MINIMUM_GAP = 10;

    /**
     * The paper's threshold 1e-2; per-point rank at 1e-4 (s_k/s_1 about 1e-2); collapse at 1e-6; gap
     * floor 1e-3 (n unit vectors spanning k dimensions give ratios of order 1/k, so real directions stay
     * far above it for the dimensions Conserve handles, while training noise stays below it).
     */
    public static IndependenceAnalysis defaults() {
        return new IndependenceAnalysis(1e-2, 1e-4, 1e-6, 1e-3);
    }

    /** The paper's rule and nothing else: count the averaged ratios above {@code threshold}. */
    public IndependenceAnalysis(double threshold, double rankTolerance, double collapseRatio) {
        this(threshold, rankTolerance, collapseRatio, 1.0);
    }

    public IndependenceAnalysis {
        requireInUnitInterval("threshold", threshold);
        requireInUnitInterval("rankTolerance", rankTolerance);
        if (!(gapFloor > 0 && gapFloor <= 1)) {
            throw new EngineException(EngineError.INVALID_ARGUMENT,
                    "gapFloor must be in (0, 1], got " + gapFloor, "gapFloor", gapFloor);
        }
        if (!(collapseRatio >= 0 && collapseRatio < 1)) {
            throw new EngineException(EngineError.INVALID_ARGUMENT,
                    "collapseRatio must be in [0, 1), got " + collapseRatio, "collapseRatio", collapseRatio);
        }
    }

    public IndependenceAnalysis withThreshold(double newThreshold) {
        return new IndependenceAnalysis(newThreshold, rankTolerance, collapseRatio, gapFloor);
    }

    public IndependenceAnalysis withRankTolerance(double newTolerance) {
        return new IndependenceAnalysis(threshold, newTolerance, collapseRatio, gapFloor);
    }

    public IndependenceAnalysis withGapFloor(double newFloor) {
        return new IndependenceAnalysis(threshold, rankTolerance, collapseRatio, newFloor);
    }

    public IndependenceAnalysis withCollapseRatio(double newRatio) {
        return new IndependenceAnalysis(threshold, rankTolerance, newRatio, gapFloor);
    }

    /** Analyses the gradients of {@code source} at {@code points} (each of length d). */
    public IndependenceReport analyse(GradientSource source, double[][] points) {
        int n = source.functionCount();
        int d = source.dimension();
        if (n < 1) {
            throw new EngineException(EngineError.INVALID_ARGUMENT,
                    "the independence analysis needs at least one function", "functionCount", n);
        }
        if (points.length == 0) {
            throw new EngineException(EngineError.NO_SAMPLES, "the independence analysis got no points");
        }
        double[][][] gradients = new double[points.length][n][d];
        source.gradients(points, gradients);
        return analyseGradients(gradients, d);
    }

    /** Analyses precomputed gradients {@code gradients[p][i][k] = dH_i/dz_k (z_p)}. */
    public IndependenceReport analyseGradients(double[][][] gradients, int d) {
        int pointCount = gradients.length;
        int n = gradients[0].length;
        int[] collapsed = collapsedFunctions(gradients, d);
        boolean[] excluded = new boolean[n];
        for (int i : collapsed) {
            excluded[i] = true;
        }
        SingularValues svd = new SingularValues(n, d);
        double[][] unit = new double[n][d];
        double[] values = new double[n];
        double[] ratioSums = new double[n];
        int[] histogram = new int[n + 1];
        int used = 0;
        for (double[][] atPoint : gradients) {
            double total = unitRows(atPoint, excluded, d, unit);
            if (total == 0) {
                histogram[0]++;
                continue;
            }
            svd.compute(unit, n, d, values);
            double sumSquares = 0;
            for (double s : values) {
                sumSquares += s * s;
            }
            int rank = 0;
            for (int k = 0; k < n; k++) {
                double ratio = values[k] * values[k] / sumSquares;
                ratioSums[k] += ratio;
                if (ratio > rankTolerance) {
                    rank++;
                }
            }
            histogram[rank]++;
            used++;
        }
        double[] ratios = new double[n];
        for (int k = 0; k < n; k++) {
            ratios[k] = used == 0 ? 0 : ratioSums[k] / used;
        }
        int count = largestGap(ratios);
        CountRule rule = CountRule.LARGEST_GAP;
        if (count < 0) {
            rule = CountRule.THRESHOLD;
            count = 0;
            while (count < n && ratios[count] > threshold) {
                count++;
            }
        }
        double above = count == 0 ? 1.0 : ratios[count - 1];
        double gap = count == n ? Double.POSITIVE_INFINITY : above / ratios[count];
        int vote = 0;
        for (int r = 1; r <= n; r++) {
            if (histogram[r] > histogram[vote]) {
                vote = r;
            }
        }
        double confidence = (double) histogram[vote] / pointCount;
        return new IndependenceReport(count, rule, threshold, ratios, gap, vote, rankTolerance, confidence,
                histogram, pointCount, collapsed);
    }

    /**
     * The k maximising {@code r[k-1] / r[k]} ({@code r[n] = 0}) over k with {@code r[k-1] >= gapFloor},
     * or -1 when the best such drop is below {@link #MINIMUM_GAP} (or no ratio reaches the floor).
     */
    private int largestGap(double[] ratios) {
        int best = -1;
        double bestGap = MINIMUM_GAP;
        for (int k = 1; k <= ratios.length && ratios[k - 1] >= gapFloor; k++) {
            double below = k == ratios.length ? 0 : ratios[k];
            double gap = below > 0 ? ratios[k - 1] / below : Double.POSITIVE_INFINITY;
            if (gap >= bestGap) {
                best = k;
                bestGap = gap;
            }
        }
        return best;
    }

    /** Fills {@code unit} with normalised rows (zero rows where excluded or degenerate); 0 if all zero. */
    private static double unitRows(double[][] atPoint, boolean[] excluded, int d, double[][] unit) {
        double any = 0;
        for (int i = 0; i < atPoint.length; i++) {
            double norm = excluded[i] ? 0 : norm(atPoint[i], d);
            boolean usable = norm > 0 && Double.isFinite(norm);
            for (int k = 0; k < d; k++) {
                unit[i][k] = usable ? atPoint[i][k] / norm : 0.0;
            }
            any += usable ? 1 : 0;
        }
        return any;
    }

    private int[] collapsedFunctions(double[][][] gradients, int d) {
        int n = gradients[0].length;
        double[] medians = new double[n];
        double[] norms = new double[gradients.length];
        double largest = 0;
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < gradients.length; p++) {
                double norm = norm(gradients[p][i], d);
                norms[p] = Double.isFinite(norm) ? norm : 0;
            }
            Arrays.sort(norms);
            medians[i] = norms[norms.length / 2];
            largest = Math.max(largest, medians[i]);
        }
        double floor = collapseRatio * largest;
        return java.util.stream.IntStream.range(0, n).filter(i -> medians[i] <= floor).toArray();
    }

    private static double norm(double[] v, int d) {
        double sum = 0;
        for (int k = 0; k < d; k++) {
            sum += v[k] * v[k];
        }
        return Math.sqrt(sum);
    }

    private static void requireInUnitInterval(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new EngineException(EngineError.INVALID_ARGUMENT,
                    name + " must be in (0, 1), got " + value, name, value);
        }
    }
}
