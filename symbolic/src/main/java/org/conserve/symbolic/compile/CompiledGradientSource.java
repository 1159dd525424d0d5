package org.conserve.symbolic.compile;

import org.conserve.engine.independence.GradientSource;

/**
 * The exact gradients of n laws H_1..H_n with respect to d variables, compiled as one field of n*d
 * partial derivatives (component {@code i*d + k} is dH_i/dv_k) so that subexpressions shared between
 * laws are computed once per point. This is what the independence analysis reads for known laws.
 *
 * <p>Immutable and thread-safe; {@link #gradients} allocates one small buffer per call.
 */
public final class CompiledGradientSource implements GradientSource {
    private final CompiledField partials;
    private final int functions;
    private final int dimension;

    CompiledGradientSource(CompiledField partials, int functions, int dimension) {
        if (partials.dimension() != functions * dimension) {
            throw new IllegalArgumentException("need " + functions + " x " + dimension + " partial derivatives");
        }
        this.partials = partials;
        this.functions = functions;
        this.dimension = dimension;
    }

    @Override
    public int functionCount() {
        return functions;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** Writes grad H_i(points[p]) into {@code gradients[p][i]} for every point p and law i. */
    @Override
    public void gradients(double[][] points, double[][][] gradients) {
        double[] all = new double[functions * dimension];
        for (int p = 0; p < points.length; p++) {
            partials.evaluate(points[p], all);
            for (int i = 0; i < functions; i++) {
                System.arraycopy(all, i * dimension, gradients[p][i], 0, dimension);
            }
        }
    }

    /** The n*d partial derivatives as one field, law-major. */
    public CompiledField asField() {
        return partials;
    }
}
