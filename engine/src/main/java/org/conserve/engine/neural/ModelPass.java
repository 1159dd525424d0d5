package org.conserve.engine.neural;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Forward pass, input gradient and parameter backward pass of a model's n networks on one batch of B
 * points, in the model's coordinate order (see {@link ModelStructure#variable(int)}), with buffers
 * preallocated for that batch. Not thread-safe: implementations own their buffers.
 */
interface ModelPass {
    int batch();

    /** Sets the batch's points, {@code y[p * d + k]} = model coordinate k of point p (length B d). */
    void setInput(double[] y);

    /** Hidden activations and derivatives for the current points. */
    void forward(ModelParameters theta);

    /** grad_y H of every network ({@link #inputGradients()}); call after {@link #forward}. */
    void inputGradient(ModelParameters theta);

    /** grad_y H_i at every point, [n, B, d]; valid after {@link #inputGradient}. */
    INDArray inputGradients();

    /** Values H_i, [n, B, 1]; call after {@link #forward}. */
    INDArray values(ModelParameters theta);

    /**
     * Writes dLoss/dtheta into {@code gradient} given {@code adjoint = dLoss/d(grad_y H)} [n, B, d];
     * call after {@link #forward} and {@link #inputGradient}.
     */
    void backward(ModelParameters theta, INDArray adjoint, ModelParameters gradient);
}
