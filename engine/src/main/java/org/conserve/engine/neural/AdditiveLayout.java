package org.conserve.engine.neural;

/**
 * Where the terms of an additive model {@code H(z) = sum_g K(group_g) + sum_t V(r_t)} read the state.
 * The model works in its own coordinate order, {@code y_k = z_order[k]}, in which the groups are
 * consecutive blocks of {@code groupSize} coordinates; term t is the distance
 * {@code r_t = |y[left_t] - y[right_t]|} (or {@code |y[left_t]|} when {@code right_t} is null), with
 * {@code left_t} and {@code right_t} in model coordinates.
 *
 * <p>Arrays are shared, not copied: treat them as read-only.
 *
 * @param order     model coordinate k is system variable {@code order[k]} (a permutation)
 * @param groups    number G of groups (bodies)
 * @param groupSize variables per group; {@code groups * groupSize} is the dimension
 * @param left      the coordinates of each distance term's first point
 * @param right     the coordinates of each term's second point, null entries for the origin
 */
public record AdditiveLayout(int[] order, int groups, int groupSize, int[][] left, int[][] right) {

    /** The number T of distance terms. */
    public int terms() {
        return left.length;
    }

    /**
     * Writes the distances {@code r[t * batch + p]} of the points {@code y} ([batch, d] in model order,
     * row-major) and their gradients {@code jacobian[(t * batch + p) * d + k] = dr_t/dy_k}; a distance
     * of 0 gets gradient 0.
     */
    void distances(double[] y, int batch, double[] r, double[] jacobian) {
        int d = order.length;
        java.util.Arrays.fill(jacobian, 0.0);
        for (int t = 0; t < left.length; t++) {
            int[] a = left[t];
            int[] b = right[t];
            for (int p = 0; p < batch; p++) {
                int row = p * d;
                double sum = 0;
                for (int k = 0; k < a.length; k++) {
                    double difference = y[row + a[k]] - (b == null ? 0.0 : y[row + b[k]]);
                    sum += difference * difference;
                }
                double distance = Math.sqrt(sum);
                r[t * batch + p] = distance;
                if (distance > 0) {
                    int base = (t * batch + p) * d;
                    for (int k = 0; k < a.length; k++) {
                        double unit = (y[row + a[k]] - (b == null ? 0.0 : y[row + b[k]])) / distance;
                        jacobian[base + a[k]] += unit;
                        if (b != null) {
                            jacobian[base + b[k]] -= unit;
                        }
                    }
                }
            }
        }
    }
}
