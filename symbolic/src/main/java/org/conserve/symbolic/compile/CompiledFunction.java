package org.conserve.symbolic.compile;

import org.conserve.engine.system.ScalarFunction;

/**
 * A compiled real expression h(point). Immutable; {@link #value} allocates nothing (after a thread's
 * first call) and may be called from several threads at once.
 */
public final class CompiledFunction implements ScalarFunction {
    private final Program program;
    private final String source;

    CompiledFunction(Program program, String source) {
        this.program = program;
        this.source = source;
    }

    /** The value at {@code point} (NaN or infinite where the expression is undefined). */
    @Override
    public double value(double[] point) {
        return program.value(0, point);
    }

    /** The Symja expression this was compiled from. */
    @Override
    public String toString() {
        return source;
    }
}
