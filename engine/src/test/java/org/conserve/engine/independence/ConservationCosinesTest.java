package org.conserve.engine.independence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The trainer's l1 on hand-made gradients: conserved, along the flow, vanishing, and at a rest point. */
class ConservationCosinesTest {

    @Test
    void scoresOrthogonalGradientsZeroParallelOnesOneAndVanishingOnesOne() {
        double[][] rates = {{1, 0}, {0, 2}};
        double[][][] gradients = {
            {{0, 3}, {5, 0}, {0, 0}},   // orthogonal to f, along f, vanishing
            {{4, 0}, {0, -1}, {0, 0}},
        };
        assertArrayEquals(new double[] {0, 1, 1}, ConservationCosines.perFunction(gradients, rates, 0), 1e-15);
    }

    @Test
    void theGradientFloorAddsTheCollapsePenaltyAndARestPointCountsOnlyThat() {
        double eps = 0.5;
        double[][] rates = {{0, 0}};
        double[][][] gradients = {{{1, 0}}};
        double penalty = eps * eps / (1 + eps * eps);
        assertArrayEquals(new double[] {penalty}, ConservationCosines.perFunction(gradients, rates, eps), 1e-15);
    }
}
