package org.conserve.symbolic.compile;

/**
 * One node of a compiled expression tree: a real function of the point that reads the point's
 * slots and its children, keeps no mutable state and allocates nothing.
 *
 * <p>Subclasses are small and final so that the JIT can inline the calls of a hot tree.
 */
abstract class Node {
    /** A point for evaluating nodes that read no slot (constant folding). */
    static final double[] NO_POINT = new double[0];

    private final boolean readsPoint;

    Node(boolean readsPoint) {
        this.readsPoint = readsPoint;
    }

    /** Children read the point if any of them does. */
    Node(Node... children) {
        boolean reads = false;
        for (Node child : children) {
            reads |= child.readsPoint;
        }
        this.readsPoint = reads;
    }

    abstract double eval(double[] p);

    /** False when the value does not depend on the point, so the node may be folded to a constant. */
    final boolean readsPoint() {
        return readsPoint;
    }

    /** This node, or a constant of its value when it reads no slot. */
    final Node folded() {
        return readsPoint ? this : new Constant(eval(NO_POINT));
    }

    /** A number. */
    static final class Constant extends Node {
        final double value;

        Constant(double value) {
            super(false);
            this.value = value;
        }

        @Override
        double eval(double[] p) {
            return value;
        }
    }

    /** The coordinate of the point at one slot. */
    static final class Slot extends Node {
        final int index;

        Slot(int index) {
            super(true);
            this.index = index;
        }

        @Override
        double eval(double[] p) {
            return p[index];
        }
    }
}
