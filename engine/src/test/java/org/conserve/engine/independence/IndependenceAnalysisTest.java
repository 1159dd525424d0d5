package org.conserve.engine.independence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;
import org.junit.jupiter.api.Test;

class IndependenceAnalysisTest {
    private static final double[] KEPLER_LOW = {-2, -2, -1, -1};
    private static final double[] KEPLER_HIGH = {2, 2, 1, 1};
    private static final double[] UNIT_LOW = {-1, -1, -1, -1};
    private static final double[] UNIT_HIGH = {1, 1, 1, 1};

    private final IndependenceAnalysis analysis = IndependenceAnalysis.defaults();

    @Test
    void handWrittenGradientsMatchFiniteDifferences() {
        List<ExactLaws.Law> laws = List.of(ExactLaws.KEPLER_E, ExactLaws.ANGULAR, ExactLaws.KEPLER_AX,
                ExactLaws.KEPLER_AY, ExactLaws.OSC_EX, ExactLaws.OSC_EY, ExactLaws.OSC_K);
        double[][] points = ExactLaws.uniformPoints(20, KEPLER_LOW, KEPLER_HIGH, z -> ExactLaws.r(z) > 0.5, 1);
        for (ExactLaws.Law law : laws) {
            for (double[] z : points) {
                double[] exact = law.gradient().apply(z);
                for (int k = 0; k < 4; k++) {
                    double h = 1e-6;
                    double[] plus = z.clone();
                    double[] minus = z.clone();
                    plus[k] += h;
                    minus[k] -= h;
                    double numeric = (law.value().applyAsDouble(plus) - law.value().applyAsDouble(minus)) / (2 * h);
                    assertEquals(numeric, exact[k], 1e-7 * (1 + Math.abs(numeric)), law.name() + " d/dz" + k);
                }
            }
        }
    }

    @Test
    void countsThreeLawsForKepler() {
        ExactLaws laws = new ExactLaws(4, List.of(ExactLaws.KEPLER_E, ExactLaws.ANGULAR,
                ExactLaws.KEPLER_AX, ExactLaws.KEPLER_AY));
        double[][] points = ExactLaws.uniformPoints(2000, KEPLER_LOW, KEPLER_HIGH, z -> ExactLaws.r(z) > 0.5, 2);
        IndependenceReport report = analysis.analyse(laws, points);
        assertEquals(3, report.count(), report.toString());
        assertEquals(3, report.rankVote(), report.toString());
        assertTrue(report.confidence() > 0.99, report.toString());
        assertTrue(report.gapOrders() > 10, report.toString());
        assertEquals(1e-2, report.threshold());
    }

    @Test
    void countsThreeLawsForIsotropicOscillatorWithFourKnownLaws() {
        ExactLaws laws = new ExactLaws(4, List.of(ExactLaws.OSC_EX, ExactLaws.OSC_EY, ExactLaws.ANGULAR,
                ExactLaws.OSC_K));
        double[][] points = ExactLaws.uniformPoints(2000, UNIT_LOW, UNIT_HIGH, z -> true, 3);
        IndependenceReport report = analysis.analyse(laws, points);
        assertEquals(3, report.count(), report.toString());
        assertEquals(3, report.rankVote(), report.toString());
        assertTrue(report.confidence() > 0.99, report.toString());
        double sum = 0;
        for (double r : report.explainedRatios()) {
            sum += r;
        }
        assertEquals(1.0, sum, 1e-12);
    }

    @Test
    void countsOneForEnergyAndItsSquare() {
        ExactLaws laws = new ExactLaws(2, List.of(ExactLaws.OSC1_E, ExactLaws.OSC1_E_SQUARED));
        double[][] points = ExactLaws.uniformPoints(500, new double[] {-1, -1}, new double[] {1, 1}, z -> true, 4);
        IndependenceReport report = analysis.analyse(laws, points);
        assertEquals(1, report.count());
        assertEquals(1, report.rankVote());
        assertEquals(1.0, report.confidence());
        assertArrayEquals(new double[] {1.0, 0.0}, report.explainedRatios(), 1e-14);
    }

    @Test
    void countsEveryFunctionWhenAllAreIndependentWithInfiniteGap() {
        ExactLaws laws = new ExactLaws(4, List.of(ExactLaws.OSC_EX, ExactLaws.OSC_EY, ExactLaws.ANGULAR));
        double[][] points = ExactLaws.uniformPoints(500, UNIT_LOW, UNIT_HIGH, z -> true, 5);
        IndependenceReport report = analysis.analyse(laws, points);
        assertEquals(3, report.count());
        assertEquals(Double.POSITIVE_INFINITY, report.gap());
    }

    @Test
    void excludesVanishingGradientsSoAConstantDoesNotCount() {
        ExactLaws laws = new ExactLaws(2, List.of(ExactLaws.OSC1_E, ExactLaws.CONSTANT_2D));
        double[][] points = ExactLaws.uniformPoints(200, new double[] {-1, -1}, new double[] {1, 1}, z -> true, 6);
        IndependenceReport report = analysis.analyse(laws, points);
        assertEquals(1, report.count());
        assertArrayEquals(new int[] {1}, report.collapsed());
    }

    @Test
    void tinyButNonzeroGradientIsAlsoExcluded() {
        ExactLaws.Law whisper = new ExactLaws.Law("1e-9 x", z -> 1e-9 * z[0], z -> new double[] {1e-9, 0});
        ExactLaws laws = new ExactLaws(2, List.of(ExactLaws.OSC1_E, whisper));
        double[][] points = ExactLaws.uniformPoints(200, new double[] {-1, -1}, new double[] {1, 1}, z -> true, 7);
        assertEquals(1, analysis.analyse(laws, points).count());
        assertEquals(2, analysis.withCollapseRatio(0).analyse(laws, points).count(),
                "without the guard the direction x counts");
    }

    @Test
    void rejectsAThresholdOutsideTheUnitInterval() {
        EngineException error = assertThrows(EngineException.class, () -> analysis.withThreshold(0));
        assertEquals(EngineError.INVALID_ARGUMENT, error.key());
        assertTrue(error.getMessage().contains("threshold"));
    }
}
