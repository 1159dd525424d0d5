package org.conserve.engine.discovery;

import org.conserve.engine.independence.GradientSource;

/**
 * The networks of a trained model whose conservation loss is small enough to call them conserved, as
 * a gradient source for the independence count. Without this filter a network that could not be
 * conserved (a damped oscillator has no law) would still count as an independent direction.
 * Immutable; thread-safety as the underlying source.
 */
final class ConservedNetworks implements GradientSource {
    private final GradientSource all;
    private final int[] kept;

    ConservedNetworks(GradientSource all, int[] kept) {
        this.all = all;
        this.kept = kept.clone();
    }

    /** Indices i with {@code l1[i] <= tolerance}, ascending. */
    static int[] conserved(double[] l1, double tolerance) {
        return java.util.stream.IntStream.range(0, l1.length).filter(i -> l1[i] <= tolerance).toArray();
    }

    @Override
    public int functionCount() {
        return kept.length;
    }

    @Override
    public int dimension() {
        return all.dimension();
    }

    @Override
    public void gradients(double[][] points, double[][][] gradients) {
        double[][][] every = new double[points.length][all.functionCount()][all.dimension()];
        all.gradients(points, every);
        for (int p = 0; p < points.length; p++) {
            for (int i = 0; i < kept.length; i++) {
                gradients[p][i] = every[p][kept[i]];
            }
        }
    }
}
