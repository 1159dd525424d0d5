package org.conserve.engine.neural;

import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;

/**
 * Shape of the n conserved-quantity networks: each H_i is an MLP
 * {@code d -> width -> ... -> width -> 1} with {@code depth} hidden layers and a smooth activation.
 *
 * @param dimension  input dimension d
 * @param networks   number n of networks trained jointly
 * @param width      hidden width
 * @param depth      number of hidden layers (at least 1)
 * @param activation hidden activation
 */
public record Architecture(int dimension, int networks, int width, int depth, Activation activation) {

    public Architecture {
        requirePositive("dimension", dimension);
        requirePositive("networks", networks);
        requirePositive("width", width);
        requirePositive("depth", depth);
        if (activation == null) {
            throw new EngineException(EngineError.INVALID_ARGUMENT, "activation must be given", "activation");
        }
    }

    /** Input width of hidden layer {@code layer} (0-based): d for the first, the width after. */
    public int inputsOf(int layer) {
        return layer == 0 ? dimension : width;
    }

    /** Number of parameters of one network. */
    public int parametersPerNetwork() {
        int count = 0;
        for (int layer = 0; layer < depth; layer++) {
            count += inputsOf(layer) * width + width;
        }
        return count + width + 1;
    }

    /** Number of parameters of all n networks. */
    public int parameterCount() {
        return networks * parametersPerNetwork();
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new EngineException(EngineError.INVALID_ARGUMENT,
                    name + " must be at least 1, got " + value, name, value);
        }
    }
}
