package org.conserve.symbolic.compile;

import org.conserve.engine.system.LocalRate;
import org.conserve.engine.system.ScalarFunction;
import org.conserve.engine.system.VectorField;

/**
 * Several compiled expressions evaluated together: an ODE's right-hand side f(z) or a PDE's rate
 * F(jet). Component i is written to {@code out[i]}; the point is read at the slots given at compile
 * time. Subexpressions shared by several components are computed once per point.
 *
 * <p>Immutable and thread-safe. Single-point evaluation allocates nothing (after a thread's first
 * call); batched evaluation allocates one small buffer per call.
 */
public final class CompiledField implements VectorField, LocalRate {
    private final Program program;
    private final String source;

    CompiledField(Program program, String source) {
        this.program = program;
        this.source = source;
    }

    /** The number of components (for an ODE also the dimension of the state). */
    @Override
    public int dimension() {
        return program.size();
    }

    /** The length a point must have at least: one more than the largest slot. */
    public int pointSize() {
        return program.pointSize();
    }

    /** Writes every component at {@code point} into {@code out[0 .. dimension())}. */
    @Override
    public void evaluate(double[] point, double[] out) {
        program.evaluate(point, out, 0);
    }

    /** Evaluates at {@code points[j]} into {@code out[j]} for every j. */
    public void evaluateBatch(double[][] points, double[][] out) {
        if (out.length < points.length) {
            throw new IllegalArgumentException("need " + points.length + " output rows, got " + out.length);
        }
        double[] buffer = program.newBuffer();
        int inSize = program.pointSize();
        for (int j = 0; j < points.length; j++) {
            System.arraycopy(points[j], 0, buffer, 0, inSize);
            program.evaluateInBuffer(buffer, out[j], 0);
        }
    }

    /**
     * Evaluates {@code count} points stored one after the other in {@code points} (row-major,
     * {@link #pointSize()} values each) and writes {@link #dimension()} values per point into {@code out},
     * row-major.
     */
    public void evaluateBatch(double[] points, double[] out, int count) {
        int inSize = program.pointSize();
        int outSize = program.size();
        if (points.length < count * inSize || out.length < count * outSize) {
            throw new IllegalArgumentException("arrays too short for " + count + " points");
        }
        double[] buffer = program.newBuffer();
        for (int j = 0; j < count; j++) {
            System.arraycopy(points, j * inSize, buffer, 0, inSize);
            program.evaluateInBuffer(buffer, out, j * outSize);
        }
    }

    /** Component i on its own. */
    public ScalarFunction component(int i) {
        if (i < 0 || i >= program.size()) {
            throw new IndexOutOfBoundsException("component " + i + " of " + program.size());
        }
        return point -> program.value(i, point);
    }

    /** How many shared subexpressions are computed once per point (for tests and diagnostics). */
    int sharedSubexpressions() {
        return program.temporaryCount();
    }

    @Override
    public String toString() {
        return source;
    }
}
