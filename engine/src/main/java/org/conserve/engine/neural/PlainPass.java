package org.conserve.engine.neural;

import org.nd4j.linalg.api.ndarray.INDArray;

/** {@link ModelPass} of plain MLPs: the {@link NetworkPass} itself. Not thread-safe. */
final class PlainPass implements ModelPass {
    private final NetworkPass network;

    PlainPass(NetworkPass network) {
        this.network = network;
    }

    NetworkPass network() {
        return network;
    }

    @Override
    public int batch() {
        return network.batch();
    }

    @Override
    public void setInput(double[] y) {
        // a fresh, contiguous c-order [B, d] array: its buffer maps 1:1 to y
        network.input().data().setData(y);
    }

    @Override
    public void forward(ModelParameters theta) {
        network.forward(theta.part(0));
    }

    @Override
    public void inputGradient(ModelParameters theta) {
        network.inputGradient(theta.part(0));
    }

    @Override
    public INDArray inputGradients() {
        return network.inputGradients();
    }

    @Override
    public INDArray values(ModelParameters theta) {
        return network.values(theta.part(0));
    }

    @Override
    public void backward(ModelParameters theta, INDArray adjoint, ModelParameters gradient) {
        network.backward(theta.part(0), adjoint, gradient.part(0));
    }
}
