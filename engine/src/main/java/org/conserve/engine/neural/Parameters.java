package org.conserve.engine.neural;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The parameters of all n networks in one flat float64 vector, with shaped views into it, block by
 * block: for each hidden layer l the weights {@code W_l [n, in_l, width]} and biases
 * {@code b_l [n, width]}, then the output weights {@code w_out [n, width]} and biases {@code b_out [n]}.
 * The same layout serves the parameter gradient. Optimisers work on {@link #flat()}.
 *
 * <p>Not thread-safe (mutable views).
 */
final class Parameters {
    private final Architecture architecture;
    private final INDArray flat;
    private final INDArray[] weights;
    private final INDArray[] biases;
    private final INDArray[][] weightSlices;
    private final INDArray outputWeights;
    private final INDArray outputBiases;

    Parameters(Architecture architecture) {
        this(architecture, Nd4j.zeros(DataType.DOUBLE, architecture.parameterCount()));
    }

    Parameters(Architecture architecture, INDArray flat) {
        this.architecture = architecture;
        this.flat = flat;
        int n = architecture.networks();
        int width = architecture.width();
        int depth = architecture.depth();
        weights = new INDArray[depth];
        biases = new INDArray[depth];
        weightSlices = new INDArray[depth][n];
        long offset = 0;
        for (int layer = 0; layer < depth; layer++) {
            int in = architecture.inputsOf(layer);
            weights[layer] = view(offset, n, in, width);
            offset += (long) n * in * width;
            biases[layer] = view(offset, n, width);
            offset += (long) n * width;
            for (int i = 0; i < n; i++) {
                weightSlices[layer][i] = weights[layer].tensorAlongDimension(i, 1, 2);
            }
        }
        outputWeights = view(offset, n, width);
        offset += (long) n * width;
        outputBiases = view(offset, n);
    }

    private INDArray view(long offset, long... shape) {
        long length = 1;
        for (long s : shape) {
            length *= s;
        }
        // get + reshape of a contiguous interval is a view (ParametersTest checks it both ways)
        return flat.get(NDArrayIndex.interval(offset, offset + length)).reshape('c', shape);
    }

    Architecture architecture() {
        return architecture;
    }

    INDArray flat() {
        return flat;
    }

    /** Weights of hidden layer {@code layer} of all networks, [n, in, width]. */
    INDArray weights(int layer) {
        return weights[layer];
    }

    /** Weights of hidden layer {@code layer} of network i, [in, width] (a view). */
    INDArray weights(int layer, int network) {
        return weightSlices[layer][network];
    }

    INDArray biases(int layer) {
        return biases[layer];
    }

    INDArray outputWeights() {
        return outputWeights;
    }

    INDArray outputBiases() {
        return outputBiases;
    }
}
