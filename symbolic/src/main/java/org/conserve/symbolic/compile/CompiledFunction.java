package org.conserve.symbolic.compile;

import org.conserve.engine.system.ScalarFunction;

/**
 * A compiled real expression h(point). Immutable; {@link #value} allocates nothing and may be called
 * from several threads at once.
 */
public final class CompiledFunction implements ScalarFunction {
    private final Node root;
    private final String source;

    CompiledFunction(Node root, String source) {
        this.root = root;
        this.source = source;
    }

    /** The value at {@code point} (NaN or infinite where the expression is undefined). */
    @Override
    public double value(double[] point) {
        return root.eval(point);
    }

    /** The Symja expression this was compiled from. */
    @Override
    public String toString() {
        return source;
    }
}
