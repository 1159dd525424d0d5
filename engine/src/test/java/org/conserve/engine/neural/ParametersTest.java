package org.conserve.engine.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ParametersTest {

    @BeforeAll
    static void useDouble() {
        Backend.useDouble();
    }

    @Test
    void shapedBlocksAreViewsOfTheFlatVectorInLayoutOrder() {
        Architecture architecture = new Architecture(3, 2, 4, 2, Activation.SILU);
        Parameters theta = new Parameters(architecture);
        assertEquals(architecture.parameterCount(), theta.flat().length());
        assertEquals(2 * (3 * 4 + 4 + 4 * 4 + 4 + 4 + 1), architecture.parameterCount());
        for (long k = 0; k < theta.flat().length(); k++) {
            theta.flat().putScalar(k, k);
        }
        // W_0 [2, 3, 4] starts at 0; network 1's block starts at 12
        assertEquals(1 * 12 + 2 * 4 + 3, theta.weights(0).getDouble(1, 2, 3));
        assertEquals(12 + 4 + 1, theta.weights(0, 1).getDouble(1, 1));
        long biases0 = 2 * 12;
        assertEquals(biases0 + 4 + 2, theta.biases(0).getDouble(1, 2));
        long outputBiases = architecture.parameterCount() - 2;
        assertEquals(outputBiases + 1, theta.outputBiases().getDouble(1));
        theta.weights(1, 0).putScalar(0, 0, -7.0);
        long weights1 = biases0 + 8;
        assertEquals(-7.0, theta.flat().getDouble(weights1));
        theta.biases(0).getRow(1).assign(5.0);
        for (int k = 0; k < 4; k++) {
            assertEquals(5.0, theta.flat().getDouble(biases0 + 4 + k));
        }
        assertEquals(biases0 + 3, theta.flat().getDouble(biases0 + 3));
    }
}
