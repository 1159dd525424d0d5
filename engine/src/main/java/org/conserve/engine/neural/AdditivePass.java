package org.conserve.engine.neural;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * {@link ModelPass} of an additive model {@code H_i(y) = sum_g K_i(y_g) + sum_t V_i(r_t(y))} (see
 * {@link AdditiveLayout}) on B points: the G group rows of every point go through one
 * {@link NetworkPass} of K (input size = group size, batch B G), the T distances through one of V
 * (input size 1, batch B T). In model coordinates the groups are consecutive blocks, so the K input
 * [B G, s] is the points' [B, d] array itself and K's input gradients, [n, B G, s], are the group part
 * of grad_y H as they lie:
 * <pre>
 *   grad_y H_i(p) = K_i'(rows of p) (side by side) + sum_t V_i'(r_t(p)) dr_t/dy(p)
 * </pre>
 * Backward: with {@code A = dLoss/d(grad_y H)} [n, B, d], K's adjoint is A itself (reshaped) and V's
 * adjoint on V_i'(r_t(p)) is {@code A_i(p) . dr_t/dy(p)}. The distances and their Jacobians depend
 * on the points only, so they are computed once per {@link #setInput}; the Jacobian is kept
 * replicated over the n networks ([T, n, B, d]) so that each term costs two array operations.
 *
 * <p>Not thread-safe: it owns its buffers.
 */
final class AdditivePass implements ModelPass {
    private final AdditiveLayout layout;
    private final int batch;
    private final int n;
    private final int d;
    private final int terms;
    private final NetworkPass groupPass;
    private final NetworkPass distancePass;
    private final INDArray groupGradients;
    private final INDArray gradients;
    private final INDArray jacobian;
    private final INDArray[] jacobianSlices;
    private final INDArray[][] replicaSlices;
    private final INDArray[] termJacobians;
    private final INDArray termValues;
    private final INDArray[] termSlices;
    private final INDArray[] distanceGradientTerms;
    private final INDArray distanceAdjoint;
    private final INDArray[] distanceAdjointTerms;
    private final INDArray work;
    private final double[] distanceStage;
    private final double[] jacobianStage;
    private INDArray cachedAdjoint;
    private INDArray groupAdjoint;

    AdditivePass(AdditiveLayout layout, Architecture group, Architecture distance, int batch) {
        this.layout = layout;
        this.batch = batch;
        this.n = group.networks();
        this.d = layout.order().length;
        this.terms = layout.terms();
        groupPass = new NetworkPass(group, batch * layout.groups());
        distancePass = new NetworkPass(distance, batch * terms);
        groupGradients = groupPass.inputGradients().reshape('c', n, batch, d);
        gradients = Nd4j.create(DataType.DOUBLE, n, batch, d);
        jacobian = Nd4j.create(DataType.DOUBLE, terms, batch, d);
        INDArray replicated = Nd4j.create(DataType.DOUBLE, terms, n, batch, d);
        jacobianSlices = new INDArray[terms];
        replicaSlices = new INDArray[terms][n];
        termJacobians = new INDArray[terms];
        termValues = Nd4j.create(DataType.DOUBLE, terms, n, batch);
        termSlices = new INDArray[terms];
        distanceAdjoint = Nd4j.create(DataType.DOUBLE, n, batch * terms, 1);
        distanceGradientTerms = new INDArray[terms];
        distanceAdjointTerms = new INDArray[terms];
        INDArray distanceGradientsByTerm = distancePass.inputGradients().reshape('c', n, terms, batch);
        INDArray distanceAdjointByTerm = distanceAdjoint.reshape('c', n, terms, batch);
        for (int t = 0; t < terms; t++) {
            jacobianSlices[t] = jacobian.tensorAlongDimension(t, 1, 2);
            termJacobians[t] = replicated.tensorAlongDimension(t, 1, 2, 3);
            for (int i = 0; i < n; i++) {
                replicaSlices[t][i] = replicated.tensorAlongDimension(t * n + i, 2, 3);
            }
            termSlices[t] = termValues.tensorAlongDimension(t, 1, 2);
            distanceGradientTerms[t] = distanceGradientsByTerm.get(NDArrayIndex.all(), NDArrayIndex.point(t),
                    NDArrayIndex.all());
            distanceAdjointTerms[t] = distanceAdjointByTerm.get(NDArrayIndex.all(), NDArrayIndex.point(t),
                    NDArrayIndex.all());
        }
        work = Nd4j.create(DataType.DOUBLE, n, batch, d);
        distanceStage = new double[batch * terms];
        jacobianStage = new double[terms * batch * d];
    }

    @Override
    public int batch() {
        return batch;
    }

    @Override
    public void setInput(double[] y) {
        // [B G, s] and [B, d] in c order have the same buffer: the groups are consecutive blocks
        groupPass.input().data().setData(y);
        layout.distances(y, batch, distanceStage, jacobianStage);
        distancePass.input().data().setData(distanceStage);
        jacobian.data().setData(jacobianStage);
        for (int t = 0; t < terms; t++) {
            for (int i = 0; i < n; i++) {
                replicaSlices[t][i].assign(jacobianSlices[t]);
            }
        }
    }

    @Override
    public void forward(ModelParameters theta) {
        groupPass.forward(theta.part(0));
        distancePass.forward(theta.part(1));
    }

    @Override
    public void inputGradient(ModelParameters theta) {
        groupPass.inputGradient(theta.part(0));
        distancePass.inputGradient(theta.part(1));
        gradients.assign(groupGradients);
        for (int t = 0; t < terms; t++) {
            termSlices[t].assign(distanceGradientTerms[t]);
            Nd4j.getExecutioner().exec(new BroadcastMulOp(termJacobians[t], termSlices[t], work, 0, 1));
            gradients.addi(work);
        }
    }

    @Override
    public INDArray inputGradients() {
        return gradients;
    }

    @Override
    public INDArray values(ModelParameters theta) {
        INDArray groups = groupPass.values(theta.part(0)).reshape('c', n, batch, layout.groups()).sum(2);
        INDArray distances = distancePass.values(theta.part(1)).reshape('c', n, terms, batch).sum(1);
        return groups.addi(distances).reshape('c', n, batch, 1);
    }

    @Override
    public void backward(ModelParameters theta, INDArray adjoint, ModelParameters gradient) {
        INDArray kAdjoint = groupAdjoint;
        if (adjoint != cachedAdjoint) {
            kAdjoint = adjoint.reshape('c', n, batch * layout.groups(), layout.groupSize());
            if (kAdjoint.data() == adjoint.data()) { // a view: it follows the adjoint's buffer, keep it
                cachedAdjoint = adjoint;
                groupAdjoint = kAdjoint;
            }
        }
        for (int t = 0; t < terms; t++) {
            adjoint.mul(termJacobians[t], work);
            work.sum(termSlices[t], 2);
            distanceAdjointTerms[t].assign(termSlices[t]);
        }
        groupPass.backward(theta.part(0), kAdjoint, gradient.part(0));
        distancePass.backward(theta.part(1), distanceAdjoint, gradient.part(1));
    }
}
