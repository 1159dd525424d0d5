package org.conserve.symbolic.compile;

import java.util.List;

import org.matheclipse.core.interfaces.IExpr;

/**
 * A compiled gradient {@code (dh/dv_1, ..., dh/dv_n)} at a point. Immutable and thread-safe;
 * {@link #evaluate} allocates nothing.
 */
public final class CompiledGradient {
    private final CompiledField components;
    private final List<IExpr> derivatives;

    CompiledGradient(CompiledField components, List<IExpr> derivatives) {
        this.components = components;
        this.derivatives = List.copyOf(derivatives);
    }

    /** The number of partial derivatives n. */
    public int size() {
        return components.dimension();
    }

    /** Writes dh/dv_i at {@code point} into {@code gradientOut[i]} for i < n. */
    public void evaluate(double[] point, double[] gradientOut) {
        components.evaluate(point, gradientOut);
    }

    /** The partial derivatives as compiled fields, for batched evaluation. */
    public CompiledField asField() {
        return components;
    }

    /** The symbolic partial derivatives, in variable order. */
    public List<IExpr> derivatives() {
        return derivatives;
    }

    @Override
    public String toString() {
        return derivatives.toString();
    }
}
