package org.conserve.engine.neural;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Forward pass, input gradient and hand-derived parameter backward pass of the n networks on one
 * batch of B points, with every buffer preallocated for that batch size.
 *
 * <p>Per network, with hidden layers l = 1..L, {@code h_0 = z}:
 * <pre>
 *   a_l = h_{l-1} W_l + b_l,   h_l = s(a_l),   H = h_L w_out + b_out
 *   delta_L = w_out * s'(a_L),   u_l = delta_l W_l^T,   delta_{l-1} = u_l * s'(a_{l-1}),   grad_z H = u_1
 * </pre>
 * Given the loss adjoint {@code G = dLoss/d(grad_z H)}, {@link #backward} reverses the gradient chain
 * (which needs s'') and then the forward chain:
 * <pre>
 *   dW_1 = G^T delta_1,  dDelta_1 = G W_1
 *   for l &lt; L: dA_l = dDelta_l * u_{l+1} * s''(a_l);  e = dDelta_l * s'(a_l);
 *              dW_{l+1} = e^T delta_{l+1};  dDelta_{l+1} = e W_{l+1}
 *   dw_out = sum_p dDelta_L * s'(a_L);  dA_L = dDelta_L * w_out * s''(a_L)
 *   for l = L..1: db_l = sum_p dA_l;  dW_l += h_{l-1}^T dA_l;  dA_{l-1} += (dA_l W_l^T) * s'(a_{l-1})
 * </pre>
 * The loss does not depend on the values H, so b_out gets no gradient. The n networks share the
 * elementwise operations (arrays [n, B, width]); matrix products run per network on 2-D views.
 *
 * <p>Not thread-safe: it owns its buffers.
 */
final class NetworkPass {
    private final Architecture architecture;
    private final int batch;
    private final int n;
    private final int depth;
    private final INDArray input;
    private final INDArray[] pre;
    private final INDArray[] value;
    private final INDArray[] first;
    private final INDArray[] second;
    private final INDArray[] delta;
    private final INDArray[] product;
    private final INDArray[] deltaAdjoint;
    private final INDArray[] preAdjoint;
    private final INDArray scratch;
    private final INDArray outputs;
    private final INDArray[][] preSlices;
    private final INDArray[][] valueSlices;
    private final INDArray[][] deltaSlices;
    private final INDArray[][] productSlices;
    private final INDArray[][] deltaAdjointSlices;
    private final INDArray[][] preAdjointSlices;
    private final INDArray[] scratchSlices;
    private final INDArray[] outputSlices;
    private INDArray cachedAdjoint;
    private INDArray[] adjointSlices;

    NetworkPass(Architecture architecture, int batch) {
        this.architecture = architecture;
        this.batch = batch;
        this.n = architecture.networks();
        this.depth = architecture.depth();
        int width = architecture.width();
        int d = architecture.dimension();
        input = Nd4j.create(DataType.DOUBLE, batch, d);
        pre = hidden(depth);
        value = hidden(depth);
        first = hidden(depth);
        second = hidden(depth);
        delta = hidden(depth);
        deltaAdjoint = hidden(depth);
        preAdjoint = hidden(depth);
        product = new INDArray[depth];
        for (int layer = 0; layer < depth; layer++) {
            product[layer] = Nd4j.create(DataType.DOUBLE, n, batch, architecture.inputsOf(layer));
        }
        scratch = Nd4j.create(DataType.DOUBLE, n, batch, width);
        outputs = Nd4j.create(DataType.DOUBLE, n, batch, 1);
        preSlices = slices(pre);
        valueSlices = slices(value);
        deltaSlices = slices(delta);
        productSlices = slices(product);
        deltaAdjointSlices = slices(deltaAdjoint);
        preAdjointSlices = slices(preAdjoint);
        scratchSlices = slices(new INDArray[] {scratch})[0];
        outputSlices = slices(new INDArray[] {outputs})[0];
    }

    private INDArray[] hidden(int count) {
        INDArray[] arrays = new INDArray[count];
        for (int layer = 0; layer < count; layer++) {
            arrays[layer] = Nd4j.create(DataType.DOUBLE, n, batch, architecture.width());
        }
        return arrays;
    }

    private INDArray[][] slices(INDArray[] arrays) {
        INDArray[][] views = new INDArray[arrays.length][n];
        for (int layer = 0; layer < arrays.length; layer++) {
            for (int i = 0; i < n; i++) {
                views[layer][i] = arrays[layer].tensorAlongDimension(i, 1, 2);
            }
        }
        return views;
    }

    int batch() {
        return batch;
    }

    /** The [B, d] input buffer; fill it before {@link #forward}. */
    INDArray input() {
        return input;
    }

    /** grad_z H_i of every network at every point, [n, B, d], valid after {@link #inputGradient}. */
    INDArray inputGradients() {
        return product[0];
    }

    /** Hidden activations and their derivatives for the points in {@link #input()}. */
    void forward(Parameters theta) {
        Activation activation = architecture.activation();
        for (int layer = 0; layer < depth; layer++) {
            for (int i = 0; i < n; i++) {
                INDArray previous = layer == 0 ? input : valueSlices[layer - 1][i];
                Nd4j.gemm(previous, theta.weights(layer, i), preSlices[layer][i], false, false, 1.0, 0.0);
            }
            Nd4j.getExecutioner().exec(new BroadcastAddOp(pre[layer], theta.biases(layer), pre[layer], 0, 2));
            activation.apply(pre[layer], value[layer], first[layer], second[layer], scratch);
        }
    }

    /** grad_z H of every network ({@link #inputGradients()}); call after {@link #forward}. */
    void inputGradient(Parameters theta) {
        int last = depth - 1;
        Nd4j.getExecutioner().exec(new BroadcastMulOp(first[last], theta.outputWeights(), delta[last], 0, 2));
        for (int layer = last; layer >= 0; layer--) {
            for (int i = 0; i < n; i++) {
                Nd4j.gemm(deltaSlices[layer][i], theta.weights(layer, i), productSlices[layer][i],
                        false, true, 1.0, 0.0);
            }
            if (layer > 0) {
                product[layer].mul(first[layer - 1], delta[layer - 1]);
            }
        }
    }

    /** Values H_i, [n, B, 1]; call after {@link #forward}. */
    INDArray values(Parameters theta) {
        int last = depth - 1;
        for (int i = 0; i < n; i++) {
            Nd4j.gemm(valueSlices[last][i], theta.outputWeights().getRow(i).reshape(-1, 1),
                    outputSlices[i], false, false, 1.0, 0.0);
        }
        Nd4j.getExecutioner().exec(new BroadcastAddOp(outputs, theta.outputBiases(), outputs, 0));
        return outputs;
    }

    /**
     * Writes dLoss/dtheta into {@code gradient} given {@code adjoint = dLoss/d(grad_z H)} [n, B, d];
     * call after {@link #forward} and {@link #inputGradient}.
     */
    void backward(Parameters theta, INDArray adjoint, Parameters gradient) {
        int last = depth - 1;
        if (adjoint != cachedAdjoint) {
            cachedAdjoint = adjoint;
            adjointSlices = slices(new INDArray[] {adjoint})[0];
        }
        for (int i = 0; i < n; i++) {
            INDArray g = adjointSlices[i];
            Nd4j.gemm(g, deltaSlices[0][i], gradient.weights(0, i), true, false, 1.0, 0.0);
            Nd4j.gemm(g, theta.weights(0, i), deltaAdjointSlices[0][i], false, false, 1.0, 0.0);
        }
        for (int layer = 0; layer < last; layer++) {
            deltaAdjoint[layer].mul(product[layer + 1], preAdjoint[layer]);
            preAdjoint[layer].muli(second[layer]);
            deltaAdjoint[layer].muli(first[layer]);
            for (int i = 0; i < n; i++) {
                INDArray e = deltaAdjointSlices[layer][i];
                Nd4j.gemm(e, deltaSlices[layer + 1][i], gradient.weights(layer + 1, i), true, false, 1.0, 0.0);
                Nd4j.gemm(e, theta.weights(layer + 1, i), deltaAdjointSlices[layer + 1][i],
                        false, false, 1.0, 0.0);
            }
        }
        deltaAdjoint[last].mul(first[last], scratch);
        scratch.sum(gradient.outputWeights(), 1);
        Nd4j.getExecutioner().exec(
                new BroadcastMulOp(deltaAdjoint[last], theta.outputWeights(), preAdjoint[last], 0, 2));
        preAdjoint[last].muli(second[last]);
        for (int layer = last; layer >= 0; layer--) {
            preAdjoint[layer].sum(gradient.biases(layer), 1);
            for (int i = 0; i < n; i++) {
                INDArray previous = layer == 0 ? input : valueSlices[layer - 1][i];
                Nd4j.gemm(previous, preAdjointSlices[layer][i], gradient.weights(layer, i), true, false, 1.0, 1.0);
                if (layer > 0) {
                    Nd4j.gemm(preAdjointSlices[layer][i], theta.weights(layer, i), scratchSlices[i],
                            false, true, 1.0, 0.0);
                }
            }
            if (layer > 0) {
                scratch.muli(first[layer - 1]);
                preAdjoint[layer - 1].addi(scratch);
            }
        }
        gradient.outputBiases().assign(0.0);
    }
}
