package org.conserve.symbolic.compile;

/**
 * Compiled roots that share their common subexpressions. Evaluation works on a buffer laid out as
 * {@code [point (pointSize values) | temporaries]}: the temporaries are computed in order (each may
 * read the point and earlier temporaries through {@link Node.Slot}), then the roots.
 *
 * <p>Thread-safety: immutable; each thread gets its own buffer for single-point evaluation, so no call
 * allocates once a thread has evaluated its first point.
 */
final class Program {
    private final Node[] temporaries;
    private final Node[] roots;
    private final int pointSize;
    private final ThreadLocal<double[]> buffers;

    Program(Node[] temporaries, Node[] roots, int pointSize) {
        this.temporaries = temporaries.clone();
        this.roots = roots.clone();
        this.pointSize = pointSize;
        this.buffers = ThreadLocal.withInitial(this::newBuffer);
    }

    int size() {
        return roots.length;
    }

    int pointSize() {
        return pointSize;
    }

    int temporaryCount() {
        return temporaries.length;
    }

    /** Writes every root at {@code point} into {@code out[offset ...]}. */
    void evaluate(double[] point, double[] out, int offset) {
        Node[] nodes = roots;
        if (temporaries.length == 0) {
            for (int i = 0; i < nodes.length; i++) {
                out[offset + i] = nodes[i].eval(point);
            }
            return;
        }
        double[] buffer = buffers.get();
        System.arraycopy(point, 0, buffer, 0, pointSize);
        evaluateInBuffer(buffer, out, offset);
    }

    /** The value of root {@code i} at {@code point}. */
    double value(int i, double[] point) {
        if (temporaries.length == 0) {
            return roots[i].eval(point);
        }
        double[] buffer = buffers.get();
        System.arraycopy(point, 0, buffer, 0, pointSize);
        computeTemporaries(buffer);
        return roots[i].eval(buffer);
    }

    /** A buffer for {@link #evaluateInBuffer}. */
    double[] newBuffer() {
        return new double[pointSize + temporaries.length];
    }

    /** Evaluates with the point already copied to the start of {@code buffer}. */
    void evaluateInBuffer(double[] buffer, double[] out, int offset) {
        computeTemporaries(buffer);
        Node[] nodes = roots;
        for (int i = 0; i < nodes.length; i++) {
            out[offset + i] = nodes[i].eval(buffer);
        }
    }

    private void computeTemporaries(double[] buffer) {
        Node[] shared = temporaries;
        int base = pointSize;
        for (int k = 0; k < shared.length; k++) {
            buffer[base + k] = shared[k].eval(buffer);
        }
    }
}
