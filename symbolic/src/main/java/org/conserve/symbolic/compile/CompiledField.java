package org.conserve.symbolic.compile;

import org.conserve.engine.system.LocalRate;
import org.conserve.engine.system.ScalarFunction;
import org.conserve.engine.system.VectorField;

/**
 * Several compiled expressions evaluated together: an ODE's right-hand side f(z) or a PDE's rate
 * F(jet). Component i is written to {@code out[i]}; the point is read at the slots given at compile time.
 *
 * <p>Immutable and thread-safe; single-point evaluation allocates nothing, batched evaluation one small
 * buffer per call.
 */
public final class CompiledField implements VectorField, LocalRate {
    private final Node[] components;
    private final int pointSize;
    private final String source;

    CompiledField(Node[] components, int pointSize, String source) {
        this.components = components.clone();
        this.pointSize = pointSize;
        this.source = source;
    }

    /** The number of components (for an ODE also the dimension of the state). */
    @Override
    public int dimension() {
        return components.length;
    }

    /** The length a point must have at least: one more than the largest slot. */
    public int pointSize() {
        return pointSize;
    }

    /** Writes every component at {@code point} into {@code out[0 .. dimension())}. */
    @Override
    public void evaluate(double[] point, double[] out) {
        Node[] nodes = components;
        for (int i = 0; i < nodes.length; i++) {
            out[i] = nodes[i].eval(point);
        }
    }

    /** Evaluates at {@code points[j]} into {@code out[j]} for every j. */
    public void evaluateBatch(double[][] points, double[][] out) {
        if (out.length < points.length) {
            throw new IllegalArgumentException("need " + points.length + " output rows, got " + out.length);
        }
        for (int j = 0; j < points.length; j++) {
            evaluate(points[j], out[j]);
        }
    }

    /**
     * Evaluates {@code count} points stored one after the other in {@code points} (row-major,
     * {@link #pointSize()} values each) and writes {@link #dimension()} values per point into {@code out},
     * row-major.
     */
    public void evaluateBatch(double[] points, double[] out, int count) {
        int inSize = pointSize;
        int outSize = components.length;
        if (points.length < count * inSize || out.length < count * outSize) {
            throw new IllegalArgumentException("arrays too short for " + count + " points");
        }
        Node[] nodes = components;
        double[] point = new double[inSize];
        for (int j = 0; j < count; j++) {
            System.arraycopy(points, j * inSize, point, 0, inSize);
            int base = j * outSize;
            for (int i = 0; i < outSize; i++) {
                out[base + i] = nodes[i].eval(point);
            }
        }
    }

    /** Component i on its own. */
    public ScalarFunction component(int i) {
        Node node = components[i];
        return node::eval;
    }

    @Override
    public String toString() {
        return source;
    }
}
