package org.conserve.engine.neural;

import java.util.List;
import org.conserve.engine.spectral.SpectralDerivatives;
import org.conserve.engine.system.Jet;
import org.conserve.engine.system.PeriodicGrid;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The chain rule from a local density to its functional on the periodic grid. A state u has F fields
 * at N grid points (m = F N numbers); feature c of the density is {@code (D_{k_c} u_{f_c})(x_i)}, the
 * spectral derivative of order k_c of field f_c. For {@code H[u] = (1/N) sum_i h(F_i)}:
 * <pre>
 *   dH/du_{f,l} = (1/N) sum_{c: f_c = f} sum_i (dh/dF_c)(x_i) D_{k_c}[i, l]
 *               = (1/N) sum_{c: f_c = f} (D_{k_c}^T dh/dF_c)_l
 * </pre>
 * D_k is the dense N x N matrix of {@link SpectralDerivatives} (a real circulant; odd orders zero the
 * Nyquist mode, so {@code D_k^T = (-1)^k D_k} holds exactly). With rows {@code (network j, state s)}
 * the whole map is one matrix product per feature, {@code [n S, N] x [N, N]}. {@link #adjoint} is its
 * transpose: it takes the loss adjoint on the state gradients back to the feature gradients.
 *
 * <p>Layouts: feature gradients [n, S N, C] (row s N + i is state s at x_i, as {@link NetworkPass}
 * gives them); state gradients [n, S, F N] (field f at columns f N .. f N + N - 1).
 *
 * <p>Not thread-safe: it owns its buffers (sized for n networks and S states).
 */
final class DensityChainRule {
    private final int n;
    private final int states;
    private final int points;
    private final int fields;
    private final int[] fieldOf;
    private final INDArray[] matrices;
    private final INDArray featureBuffer;
    private final INDArray fieldBuffer;

    /**
     * @param grid     the grid (N points)
     * @param jet      the jet layout that {@code features} index
     * @param features the density features, as jet indices
     * @param n        networks
     * @param states   states per batch
     */
    DensityChainRule(PeriodicGrid grid, Jet jet, List<Integer> features, int n, int states) {
        this.n = n;
        this.states = states;
        this.points = grid.points();
        this.fields = jet.fields().size();
        int count = features.size();
        fieldOf = new int[count];
        matrices = new INDArray[count];
        for (int c = 0; c < count; c++) {
            int index = features.get(c);
            fieldOf[c] = index / (jet.maxOrder() + 1);
            matrices[c] = derivativeMatrix(grid, index % (jet.maxOrder() + 1));
        }
        featureBuffer = Nd4j.create(DataType.DOUBLE, (long) n * states, points);
        fieldBuffer = fields == 1 ? null : Nd4j.create(DataType.DOUBLE, (long) n * states, points);
    }

    /** {@code D[i][l] = (D e_l)_i}: column l is the derivative of the l-th unit vector. */
    static INDArray derivativeMatrix(PeriodicGrid grid, int order) {
        int points = grid.points();
        SpectralDerivatives spectral = new SpectralDerivatives(grid);
        double[] unit = new double[points];
        double[] column = new double[points];
        double[] matrix = new double[points * points];
        for (int l = 0; l < points; l++) {
            unit[l] = 1;
            spectral.derivative(unit, order, column);
            unit[l] = 0;
            for (int i = 0; i < points; i++) {
                matrix[i * points + l] = column[i];
            }
        }
        return Nd4j.createFromArray(matrix).reshape(points, points);
    }

    /** Number of state numbers m = F N. */
    int stateDimension() {
        return fields * points;
    }

    /** Writes the state gradients [n, S, F N] of the functionals from the feature gradients [n, S N, C]. */
    void stateGradients(INDArray featureGradients, INDArray result) {
        INDArray byFeature = featureGradients.reshape('c', (long) n * states, points, matrices.length);
        INDArray rows = result.reshape('c', (long) n * states, (long) fields * points);
        for (int f = 0; f < fields; f++) {
            INDArray target = fields == 1 ? rows : fieldBuffer;
            boolean first = true;
            for (int c = 0; c < matrices.length; c++) {
                if (fieldOf[c] != f) {
                    continue;
                }
                featureBuffer.assign(byFeature.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(c)));
                // row-vector form of D^T v:  (v^T D)_l = sum_i v_i D[i, l]
                Nd4j.gemm(featureBuffer, matrices[c], target, false, false, 1.0 / points, first ? 0.0 : 1.0);
                first = false;
            }
            if (first) {
                target.assign(0.0); // a field no feature reads: H does not depend on it
            }
            if (fields > 1) {
                rows.get(NDArrayIndex.all(), NDArrayIndex.interval((long) f * points, (long) (f + 1) * points))
                        .assign(target);
            }
        }
    }

    /**
     * The transpose of {@link #stateGradients}: from {@code adjoint = dLoss/d(state gradients)}
     * [n, S, F N] writes {@code dLoss/d(feature gradients)} [n, S N, C] into {@code result}.
     */
    void adjoint(INDArray adjoint, INDArray result) {
        INDArray rows = adjoint.reshape('c', (long) n * states, (long) fields * points);
        INDArray byFeature = result.reshape('c', (long) n * states, points, matrices.length);
        for (int c = 0; c < matrices.length; c++) {
            INDArray source = rows;
            if (fields > 1) {
                int f = fieldOf[c];
                fieldBuffer.assign(rows.get(NDArrayIndex.all(),
                        NDArrayIndex.interval((long) f * points, (long) (f + 1) * points)));
                source = fieldBuffer;
            }
            // dLoss/dv_i = (1/N) sum_l A_l D[i, l]  (A D^T as rows)
            Nd4j.gemm(source, matrices[c], featureBuffer, false, true, 1.0 / points, 0.0);
            byFeature.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(c)).assign(featureBuffer);
        }
    }
}
