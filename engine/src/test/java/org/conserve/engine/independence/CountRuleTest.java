package org.conserve.engine.independence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The count is read at the largest drop of the averaged spectrum, with the paper's threshold as fallback. */
class CountRuleTest {
    private static final IndependenceAnalysis ANALYSIS = IndependenceAnalysis.defaults();

    /** Gradients [p][i][k] of n functions that are the first {@code rank} coordinate functions, repeated. */
    private static double[][][] coordinateGradients(int points, int n, int d, int rank, double[] weights) {
        double[][][] gradients = new double[points][n][d];
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int p = 0; p < points; p++) {
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < rank; k++) {
                    // Function i is a random combination of the first `rank` coordinates, weighted so
                    // that some directions are much weaker than others in the averaged spectrum.
                    gradients[p][i][k] = weights[k] * (random.nextDouble() - 0.5);
                }
            }
        }
        return gradients;
    }

    @Test
    void countsAWeakButExactDirectionThatTheFixedThresholdMisses() {
        // Nine directions, the weakest with an averaged ratio of a few 1e-3, below the paper's 1e-2.
        double[] weights = {1, 1, 1, 1, 1, 1, 1, 1, 0.4, 0, 0, 0};
        double[][][] gradients = coordinateGradients(300, 10, 12, 9, weights);
        IndependenceReport report = ANALYSIS.analyseGradients(gradients, 12);
        IndependenceReport paper = new IndependenceAnalysis(1e-2, 1e-4, 1e-6).analyseGradients(gradients, 12);
        assertEquals(9, report.count(), report.toString());
        assertEquals(CountRule.LARGEST_GAP, report.rule());
        assertEquals(8, paper.count(), "the fixed threshold alone undercounts: " + paper);
        assertEquals(CountRule.THRESHOLD, paper.rule());
    }

    @Test
    void aGapInsideTheNoiseBelowTheFloorIsIgnored() {
        // Three real directions, then noise at 1e-5 and 1e-12: the largest drop overall is inside the
        // noise, but only drops from ratios above the floor count.
        double[][][] gradients = new double[50][5][6];
        for (double[][] atPoint : gradients) {
            atPoint[0][0] = 1;
            atPoint[1][1] = 1;
            atPoint[2][2] = 1;
            atPoint[3] = new double[] {1, 1, 1, 3e-3, 0, 0};
            atPoint[4] = new double[] {1, 0, 1, 0, 1e-6, 0};
        }
        IndependenceReport report = ANALYSIS.analyseGradients(gradients, 6);
        assertEquals(3, report.count(), report.toString());
    }

    @Test
    void withoutAClearGapTheThresholdDecides() {
        double[][][] gradients = coordinateGradients(200, 4, 4, 4, new double[] {1, 1, 1, 1});
        IndependenceReport report = ANALYSIS.analyseGradients(gradients, 4);
        assertEquals(4, report.count());
        assertEquals(CountRule.LARGEST_GAP, report.rule(), "full rank: the drop to r_n = 0 is infinite");
    }
}
