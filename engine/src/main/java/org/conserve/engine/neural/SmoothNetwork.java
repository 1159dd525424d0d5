package org.conserve.engine.neural;

/**
 * One MLP {@code H: R^d -> R} on plain arrays, point by point, with the two derivatives the
 * conservation loss needs: the input gradient {@code g = grad_z H(z)} and, for an adjoint
 * {@code v = dL/dg}, the parameter gradient {@code dL/dtheta} of any loss that depends on the
 * parameters through g (second-order reverse mode, written out by hand).
 *
 * <p>Parameters of one network, contiguous: for each hidden layer l the weights {@code W_l [in_l][width]}
 * (row-major, {@code a_l = W_l^T h_l + b_l}) and biases {@code b_l [width]}, then the output weights
 * {@code w [width]} and the output bias. {@link #toModelLayout} scatters n such vectors into the layout of
 * {@link Parameters}, so a trained set becomes an ordinary {@link TrainedModel}.
 *
 * <p>With {@code s} the activation, {@code h_0 = z}, {@code a_l = W_l^T h_l + b_l},
 * {@code h_{l+1} = s(a_l)}, {@code H = w . h_L + b}:
 * <pre>
 *   delta_{L-1} = w * s'(a_{L-1}),   delta_{l-1} = (W_l delta_l) * s'(a_{l-1}),   g = W_0 delta_0.
 * </pre>
 * Reverse pass for {@code v}: {@code u_0 = W_0^T v}, {@code dW_0 += v delta_0^T}; for each layer the
 * adjoint {@code u_l} of {@code delta_l} feeds {@code dL/da_l += u_l e_l s''(a_l)} (with {@code e_l} the
 * factor multiplying {@code s'(a_l)}) and the next layer's weights and adjoint; the collected
 * {@code r_l = dL/da_l} then run down the forward pass as ordinary backpropagation.
 *
 * <p>Not thread-safe: it owns its scratch buffers. Cost per point: about 10 flops per parameter.
 */
final class SmoothNetwork {
    private final int d;
    private final int width;
    private final int depth;
    private final Activation activation;
    private final int[] weightOffset;
    private final int[] biasOffset;
    private final int outputOffset;
    private final int parameterCount;
    // per layer: pre-activation, s, s', s'', delta, input of the layer
    private final double[][] a;
    private final double[][] s1;
    private final double[][] s2;
    private final double[][] h;
    private final double[][] delta;
    private final double[][] e;
    private final double[][] u;
    private final double[][] r;
    private final double[] work;

    SmoothNetwork(int d, int width, int depth, Activation activation) {
        this.d = d;
        this.width = width;
        this.depth = depth;
        this.activation = activation;
        weightOffset = new int[depth];
        biasOffset = new int[depth];
        int offset = 0;
        for (int l = 0; l < depth; l++) {
            weightOffset[l] = offset;
            offset += inputs(l) * width;
            biasOffset[l] = offset;
            offset += width;
        }
        outputOffset = offset;
        parameterCount = offset + width + 1;
        a = new double[depth][width];
        s1 = new double[depth][width];
        s2 = new double[depth][width];
        h = new double[depth + 1][];
        for (int l = 1; l <= depth; l++) {
            h[l] = new double[width];
        }
        delta = new double[depth][width];
        e = new double[depth][width];
        u = new double[depth][width];
        r = new double[depth][width];
        work = new double[width];
    }

    SmoothNetwork(Architecture architecture) {
        this(architecture.dimension(), architecture.width(), architecture.depth(), architecture.activation());
    }

    int parameterCount() {
        return parameterCount;
    }

    /** A network of the same shape with its own scratch buffers. */
    SmoothNetwork sameShape() {
        return new SmoothNetwork(d, width, depth, activation);
    }

    private int inputs(int layer) {
        return layer == 0 ? d : width;
    }

    /** Forward pass at z; returns H(z). Must precede {@link #inputGradient} at the same point. */
    double forward(double[] theta, int base, double[] z) {
        h[0] = z;
        for (int l = 0; l < depth; l++) {
            int in = inputs(l);
            double[] al = a[l];
            System.arraycopy(theta, base + biasOffset[l], al, 0, width);
            double[] hl = h[l];
            int w0 = base + weightOffset[l];
            for (int i = 0; i < in; i++) {
                double x = hl[i];
                int row = w0 + i * width;
                for (int j = 0; j < width; j++) {
                    al[j] += x * theta[row + j];
                }
            }
            activate(al, h[l + 1], s1[l], s2[l]);
        }
        double value = theta[base + outputOffset + width];
        double[] top = h[depth];
        for (int j = 0; j < width; j++) {
            value += theta[base + outputOffset + j] * top[j];
        }
        return value;
    }

    private void activate(double[] pre, double[] value, double[] first, double[] second) {
        if (activation == Activation.TANH) {
            for (int j = 0; j < width; j++) {
                double t = Math.tanh(pre[j]);
                double dt = 1 - t * t;
                value[j] = t;
                first[j] = dt;
                second[j] = -2 * t * dt;
            }
        } else {
            for (int j = 0; j < width; j++) {
                double x = pre[j];
                double sigma = 1 / (1 + Math.exp(-x));
                double c = sigma * (1 - sigma);
                value[j] = x * sigma;
                first[j] = sigma + x * c;
                second[j] = c * (2 + x * (1 - 2 * sigma));
            }
        }
    }

    /** Writes grad_z H at the point of the last {@link #forward} into {@code gradient} (length d). */
    void inputGradient(double[] theta, int base, double[] gradient) {
        int top = depth - 1;
        for (int j = 0; j < width; j++) {
            e[top][j] = theta[base + outputOffset + j];
            delta[top][j] = e[top][j] * s1[top][j];
        }
        for (int l = top; l > 0; l--) {
            double[] el = e[l - 1];
            int w0 = base + weightOffset[l];
            double[] dl = delta[l];
            for (int i = 0; i < width; i++) {
                int row = w0 + i * width;
                double sum = 0;
                for (int j = 0; j < width; j++) {
                    sum += theta[row + j] * dl[j];
                }
                el[i] = sum;
                delta[l - 1][i] = sum * s1[l - 1][i];
            }
        }
        int w0 = base + weightOffset[0];
        double[] d0 = delta[0];
        for (int k = 0; k < d; k++) {
            int row = w0 + k * width;
            double sum = 0;
            for (int j = 0; j < width; j++) {
                sum += theta[row + j] * d0[j];
            }
            gradient[k] = sum;
        }
    }

    /**
     * Adds {@code dL/dtheta} for the adjoint {@code v = dL/dg} at the point of the last
     * {@link #forward} and {@link #inputGradient} into {@code out} (from {@code base}).
     */
    void accumulate(double[] theta, int base, double[] v, double[] out) {
        // u_0 = W_0^T v and dW_0 += v delta_0^T
        int w0 = base + weightOffset[0];
        double[] u0 = u[0];
        java.util.Arrays.fill(u0, 0);
        double[] d0 = delta[0];
        for (int k = 0; k < d; k++) {
            double vk = v[k];
            int row = w0 + k * width;
            for (int j = 0; j < width; j++) {
                u0[j] += theta[row + j] * vk;
                out[row + j] += vk * d0[j];
            }
        }
        for (int l = 0; l < depth; l++) {
            double[] ul = u[l];
            double[] rl = r[l];
            for (int j = 0; j < width; j++) {
                rl[j] = ul[j] * e[l][j] * s2[l][j];
            }
            if (l == depth - 1) {
                int wo = base + outputOffset;
                for (int j = 0; j < width; j++) {
                    out[wo + j] += ul[j] * s1[l][j];
                }
            } else {
                // e_l = W_{l+1} delta_{l+1}: t = u_l s'(a_l); dW_{l+1} += t delta_{l+1}^T; u_{l+1} = W_{l+1}^T t
                int wn = base + weightOffset[l + 1];
                double[] next = u[l + 1];
                java.util.Arrays.fill(next, 0);
                double[] dn = delta[l + 1];
                for (int i = 0; i < width; i++) {
                    double t = ul[i] * s1[l][i];
                    int row = wn + i * width;
                    for (int j = 0; j < width; j++) {
                        next[j] += theta[row + j] * t;
                        out[row + j] += t * dn[j];
                    }
                }
            }
        }
        // ordinary backpropagation of r_l = dL/da_l down the forward pass
        for (int l = depth - 1; l >= 0; l--) {
            double[] rl = r[l];
            int bl = base + biasOffset[l];
            int wl = base + weightOffset[l];
            double[] hl = h[l];
            int in = inputs(l);
            for (int j = 0; j < width; j++) {
                out[bl + j] += rl[j];
            }
            for (int i = 0; i < in; i++) {
                double x = hl[i];
                int row = wl + i * width;
                double sum = 0;
                for (int j = 0; j < width; j++) {
                    out[row + j] += x * rl[j];
                    sum += theta[row + j] * rl[j];
                }
                if (l > 0) {
                    work[i] = sum;
                }
            }
            if (l > 0) {
                double[] below = r[l - 1];
                for (int i = 0; i < width; i++) {
                    below[i] += work[i] * s1[l - 1][i];
                }
            }
        }
    }

    /**
     * Scatters the parameters of n networks, each contiguous in this class's layout ({@code theta} holds
     * them one after another), into the layout of {@link Parameters} (block by block over all networks).
     */
    double[] toModelLayout(double[] theta, int n) {
        double[] model = new double[n * parameterCount];
        int offset = 0;
        for (int l = 0; l < depth; l++) {
            int weights = inputs(l) * width;
            for (int i = 0; i < n; i++) {
                System.arraycopy(theta, i * parameterCount + weightOffset[l], model, offset, weights);
                offset += weights;
            }
            for (int i = 0; i < n; i++) {
                System.arraycopy(theta, i * parameterCount + biasOffset[l], model, offset, width);
                offset += width;
            }
        }
        for (int i = 0; i < n; i++) {
            System.arraycopy(theta, i * parameterCount + outputOffset, model, offset, width);
            offset += width;
        }
        for (int i = 0; i < n; i++) {
            model[offset++] = theta[i * parameterCount + outputOffset + width];
        }
        return model;
    }
}
