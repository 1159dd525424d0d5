package org.conserve.engine.independence;

import java.util.Arrays;

/**
 * What the independence analysis found: how many of the n functions are functionally independent.
 *
 * <p>Two answers are given. {@link #count()} is read off the point-averaged explained ratios (the
 * final answer; {@link #rule()} says whether the largest gap or the threshold of AI Poincare 2.0
 * decided it, see {@link IndependenceAnalysis}). {@link #rankVote()} is
 * the per-point rank at {@link #rankTolerance()} by majority vote, with {@link #confidence()} the
 * fraction of points whose rank equals the vote (the criterion of SID).
 *
 * @param count             number of independent functions, from the averaged explained ratios
 * @param rule              which criterion decided {@code count}
 * @param threshold         the analysis's fixed explained-ratio threshold (decides under {@link CountRule#THRESHOLD})
 * @param explainedRatios   averaged ratios {@code mean_p s_k^2 / sum_j s_j^2}, descending, length n
 * @param gap               {@code r[count-1] / r[count]}, with {@code r[-1] = 1} and {@code r[n] = 0}
 *                          (so infinite when every function counts)
 * @param rankVote          most frequent per-point rank
 * @param rankTolerance     per-point rank counts ratios {@code s_k^2 / sum s^2} above this
 * @param confidence        fraction of points whose rank equals {@code rankVote}
 * @param rankHistogram     number of points of each rank 0..n
 * @param points            number of points analysed
 * @param collapsed         indices of functions excluded because their gradients vanish
 */
public record IndependenceReport(
        int count,
        CountRule rule,
        double threshold,
        double[] explainedRatios,
        double gap,
        int rankVote,
        double rankTolerance,
        double confidence,
        int[] rankHistogram,
        int points,
        int[] collapsed) {

    public IndependenceReport {
        explainedRatios = explainedRatios.clone();
        rankHistogram = rankHistogram.clone();
        collapsed = collapsed.clone();
    }

    @Override
    public double[] explainedRatios() {
        return explainedRatios.clone();
    }

    @Override
    public int[] rankHistogram() {
        return rankHistogram.clone();
    }

    @Override
    public int[] collapsed() {
        return collapsed.clone();
    }

    /** The report for no function at all (count 0, empty spectrum), e.g. when no network is conserved. */
    public static IndependenceReport none(IndependenceAnalysis analysis, int points) {
        return new IndependenceReport(0, CountRule.THRESHOLD, analysis.threshold(), new double[0], Double.POSITIVE_INFINITY, 0,
                analysis.rankTolerance(), 1.0, new int[] {points}, points, new int[0]);
    }

    /** Whether the averaged-ratio count and the per-point rank vote give the same answer. */
    public boolean methodsAgree() {
        return count == rankVote;
    }

    /** Orders of magnitude between the last counted and the first uncounted ratio. */
    public double gapOrders() {
        return Math.log10(gap);
    }

    /** One line saying which criterion decided and how firmly. */
    public String decision() {
        String criterion = rule == CountRule.LARGEST_GAP
                ? "largest gap in the averaged explained ratios"
                : String.format("averaged explained ratios above %.0e", threshold);
        return String.format("%d independent (%s; gap %.1f orders); per-point rank at %.0e: %d on %.1f%% of %d points",
                count, criterion, gapOrders(), rankTolerance, rankVote, 100 * confidence, points);
    }

    @Override
    public String toString() {
        return decision() + " ratios " + Arrays.toString(explainedRatios);
    }
}
