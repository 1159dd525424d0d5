package org.conserve.engine.neural;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.api.ops.impl.transforms.floating.Sqrt;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The AI Poincare 2.0 loss on one batch of B points, with its adjoint with respect to the input
 * gradients. With {@code N_ip = sqrt(|grad H_i(z_p)|^2 + eps^2)} and {@code g_ip = grad H_i / N_ip}:
 * <pre>
 *   l1_i = mean_p [ (f^_p . g_ip)^2 + (1 - |g_ip|^2) ]          (per network)
 *   l1   = mean_i l1_i
 *   l2   = 1/(n(n-1)) sum_{i != j} mean_p (g_ip . g_jp)^2
 *   l    = l1 + lambda l2
 * </pre>
 * Collapse guard: {@code 1 - |g|^2 = eps^2 / N^2} is 0 for a healthy gradient (up to eps^2/|grad H|^2)
 * and 1 for a vanishing one, so the per-point term is a weighted average of cos^2 and 1: a network
 * whose gradient vanishes scores as not conserved, never as conserved, and shrinking a gradient
 * never lowers the loss.
 *
 * <p>Adjoint: {@code dl/dg_i = (2/(nB)) (c_i f^ - g_i) + (4 lambda/(n(n-1)B)) sum_{j != i} (g_i.g_j) g_j},
 * then through the normalisation {@code dl/dgradH = (dl/dg - g (g . dl/dg)) / N}.
 *
 * <p>The per-point Gram matrices {@code g_i . g_j} are tiny (n x n); for n up to
 * {@value #ELEMENTWISE_GRAM_LIMIT} they are built row by row from broadcast products over whole
 * arrays (4n + 2 array operations), beyond that by one batched matrix product per point (whose fixed
 * cost per point, about 0.4 us, loses for small n).
 *
 * <p>Not thread-safe: it owns its buffers.
 */
final class ConservationLoss {
    static final int ELEMENTWISE_GRAM_LIMIT = 6;
    private final int n;
    private final int batch;
    private final double eps;
    private final INDArray unitRates;
    private final INDArray inverseNorms;
    private final INDArray unit;
    private final INDArray work;
    private final INDArray cosines;
    private final INDArray penalty;
    private final INDArray perNetwork;
    private final INDArray byPoint;
    private final INDArray gram;
    private final boolean elementwiseGram;
    private final INDArray[] unitSlices;
    private final INDArray[] gramRows;
    private final INDArray[] gramTimesUnitRows;
    private final INDArray offDiagonal;
    private final INDArray gramTimesUnit;
    private final INDArray unitAdjoint;
    private final INDArray projections;
    private final INDArray adjoint;
    private double l1;
    private double l2;
    private final double[] l1PerNetwork;

    ConservationLoss(int n, int batch, int d, double eps) {
        this.n = n;
        this.batch = batch;
        this.eps = eps;
        unitRates = Nd4j.create(DataType.DOUBLE, n, batch, d);
        inverseNorms = Nd4j.create(DataType.DOUBLE, n, batch);
        unit = Nd4j.create(DataType.DOUBLE, n, batch, d);
        work = Nd4j.create(DataType.DOUBLE, n, batch, d);
        cosines = Nd4j.create(DataType.DOUBLE, n, batch);
        penalty = Nd4j.create(DataType.DOUBLE, n, batch);
        perNetwork = Nd4j.create(DataType.DOUBLE, n);
        offDiagonal = Nd4j.ones(DataType.DOUBLE, n, n).subi(Nd4j.eye(n).castTo(DataType.DOUBLE));
        elementwiseGram = n <= ELEMENTWISE_GRAM_LIMIT;
        if (elementwiseGram) {
            byPoint = null;
            gram = Nd4j.create(DataType.DOUBLE, n, n, batch);
            gramTimesUnit = Nd4j.create(DataType.DOUBLE, n, batch, d);
        } else {
            byPoint = Nd4j.create(DataType.DOUBLE, batch, n, d);
            gram = Nd4j.create(DataType.DOUBLE, batch, n, n);
            gramTimesUnit = Nd4j.create(DataType.DOUBLE, batch, n, d);
        }
        unitSlices = new INDArray[n];
        gramRows = new INDArray[n];
        gramTimesUnitRows = new INDArray[n];
        unitAdjoint = Nd4j.create(DataType.DOUBLE, n, batch, d);
        projections = Nd4j.create(DataType.DOUBLE, n, batch);
        adjoint = Nd4j.create(DataType.DOUBLE, n, batch, d);
        l1PerNetwork = new double[n];
        if (elementwiseGram) {
            for (int i = 0; i < n; i++) {
                unitSlices[i] = unit.tensorAlongDimension(i, 1, 2);
                gramRows[i] = gram.tensorAlongDimension(i, 1, 2);
                gramTimesUnitRows[i] = gramTimesUnit.tensorAlongDimension(i, 1, 2);
            }
        }
    }

    /** Sets the unit rates f^ [B, d] of this batch (copied to every network's slot). */
    void setUnitRates(INDArray rates) {
        for (int i = 0; i < n; i++) {
            unitRates.tensorAlongDimension(i, 1, 2).assign(rates);
        }
    }

    /**
     * Evaluates the loss for input gradients {@code gradients} [n, B, d]; afterwards {@link #l1()},
     * {@link #l2()}, {@link #l1PerNetwork()} hold the parts and, if {@code withAdjoint},
     * {@link #adjoint()} holds dl/d(grad H).
     */
    double evaluate(INDArray gradients, double lambda, boolean withAdjoint) {
        gradients.mul(gradients, work);
        work.sum(inverseNorms, 2);
        inverseNorms.addi(eps * eps);
        Nd4j.getExecutioner().exec(new Sqrt(inverseNorms, inverseNorms));
        inverseNorms.rdivi(1.0);
        Nd4j.getExecutioner().exec(new BroadcastMulOp(gradients, inverseNorms, unit, 0, 1));
        unit.mul(unitRates, work);
        work.sum(cosines, 2);
        inverseNorms.mul(inverseNorms, penalty).muli(eps * eps);
        cosines.mul(cosines, projections).addi(penalty);
        projections.sum(perNetwork, 1).divi(batch);
        for (int i = 0; i < n; i++) {
            l1PerNetwork[i] = perNetwork.getDouble(i);
        }
        l1 = perNetwork.sumNumber().doubleValue() / n;
        l2 = 0;
        if (n > 1) {
            if (elementwiseGram) {
                for (int i = 0; i < n; i++) {
                    Nd4j.getExecutioner().exec(new BroadcastMulOp(unit, unitSlices[i], work, 1, 2));
                    work.sum(gramRows[i], 2);
                }
                Nd4j.getExecutioner().exec(new BroadcastMulOp(gram, offDiagonal, gram, 0, 1));
            } else {
                byPoint.assign(unit.permute(1, 0, 2));
                Nd4j.matmul(byPoint, byPoint, gram, false, true, false);
                Nd4j.getExecutioner().exec(new BroadcastMulOp(gram, offDiagonal, gram, 1, 2));
            }
            l2 = gram.norm2Number().doubleValue();
            l2 = l2 * l2 / ((double) n * (n - 1) * batch);
        }
        if (withAdjoint) {
            computeAdjoint(lambda);
        }
        return l1 + lambda * l2;
    }

    private void computeAdjoint(double lambda) {
        Nd4j.getExecutioner().exec(new BroadcastMulOp(unitRates, cosines, unitAdjoint, 0, 1));
        unitAdjoint.subi(unit).muli(2.0 / ((double) n * batch));
        if (n > 1 && lambda != 0) {
            double scale = 4.0 * lambda / ((double) n * (n - 1) * batch);
            if (elementwiseGram) {
                for (int i = 0; i < n; i++) {
                    Nd4j.getExecutioner().exec(new BroadcastMulOp(unit, gramRows[i], work, 0, 1));
                    work.sum(gramTimesUnitRows[i], 0);
                }
                unitAdjoint.addi(gramTimesUnit.muli(scale));
            } else {
                Nd4j.matmul(gram, byPoint, gramTimesUnit, false, false, false);
                gramTimesUnit.muli(scale);
                unitAdjoint.addi(gramTimesUnit.permute(1, 0, 2));
            }
        }
        unit.mul(unitAdjoint, work);
        work.sum(projections, 2);
        Nd4j.getExecutioner().exec(new BroadcastMulOp(unit, projections, work, 0, 1));
        unitAdjoint.subi(work);
        Nd4j.getExecutioner().exec(new BroadcastMulOp(unitAdjoint, inverseNorms, adjoint, 0, 1));
    }

    double l1() {
        return l1;
    }

    double l2() {
        return l2;
    }

    double[] l1PerNetwork() {
        return l1PerNetwork.clone();
    }

    INDArray adjoint() {
        return adjoint;
    }
}
