package org.conserve.symbolic.compile;

import org.conserve.engine.system.PointFilter;

/** A compiled truth-valued expression; thread-safe and allocation-free like {@link Node}. */
abstract class Condition implements PointFilter {

    /** A comparison of two numeric nodes; false whenever either side is NaN except for {@code !=}. */
    static final class Comparison extends Condition {
        enum Relation { LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, EQUAL, UNEQUAL }

        private final Relation relation;
        private final Node left;
        private final Node right;

        Comparison(Relation relation, Node left, Node right) {
            this.relation = relation;
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean accepts(double[] p) {
            double a = left.eval(p);
            double b = right.eval(p);
            return switch (relation) {
                case LESS -> a < b;
                case LESS_EQUAL -> a <= b;
                case GREATER -> a > b;
                case GREATER_EQUAL -> a >= b;
                case EQUAL -> a == b;
                case UNEQUAL -> a != b;
            };
        }
    }

    static final class All extends Condition {
        private final Condition[] parts;

        All(Condition[] parts) {
            this.parts = parts.clone();
        }

        @Override
        public boolean accepts(double[] p) {
            for (Condition part : parts) {
                if (!part.accepts(p)) {
                    return false;
                }
            }
            return true;
        }
    }

    static final class Any extends Condition {
        private final Condition[] parts;

        Any(Condition[] parts) {
            this.parts = parts.clone();
        }

        @Override
        public boolean accepts(double[] p) {
            for (Condition part : parts) {
                if (part.accepts(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    static final class Negated extends Condition {
        private final Condition part;

        Negated(Condition part) {
            this.part = part;
        }

        @Override
        public boolean accepts(double[] p) {
            return !part.accepts(p);
        }
    }

    static final class Fixed extends Condition {
        private final boolean value;

        Fixed(boolean value) {
            this.value = value;
        }

        @Override
        public boolean accepts(double[] p) {
            return value;
        }
    }
}
