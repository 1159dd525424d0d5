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

    /**
     * The values at {@code count} points stored one after the other in {@code points} (row-major,
     * {@link #pointSize()} values each) into {@code out[0 .. count)}.
     */
    public void values(double[] points, double[] out, int count) {
        int inSize = program.pointSize();
        if (points.length < count * inSize || out.length < count) {
            throw new IllegalArgumentException("arrays too short for " + count + " points");
        }
        double[] buffer = program.newBuffer();
        for (int j = 0; j < count; j++) {
            System.arraycopy(points, j * inSize, buffer, 0, inSize);
            program.evaluateInBuffer(buffer, out, j);
        }
    }

    /** The length a point must have at least: one more than the largest slot. */
    public int pointSize() {
        return program.pointSize();
    }

    /** The Symja expression this was compiled from. */
    @Override
    public String toString() {
        return source;
    }
}
