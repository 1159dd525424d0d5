package org.conserve.symbolic.compile;

/** Sums, products and quotients: the nodes of Plus and Times. */
final class Arithmetic {
    private Arithmetic() {
    }

    static final class Sum2 extends Node {
        private final Node a;
        private final Node b;

        Sum2(Node a, Node b) {
            super(a, b);
            this.a = a;
            this.b = b;
        }

        @Override
        double eval(double[] p) {
            return a.eval(p) + b.eval(p);
        }
    }

    static final class Difference extends Node {
        private final Node a;
        private final Node b;

        Difference(Node a, Node b) {
            super(a, b);
            this.a = a;
            this.b = b;
        }

        @Override
        double eval(double[] p) {
            return a.eval(p) - b.eval(p);
        }
    }

    /** {@code c0 + sum_i c_i t_i}. */
    static final class LinearCombination extends Node {
        private final double offset;
        private final double[] coefficients;
        private final Node[] terms;

        LinearCombination(double offset, double[] coefficients, Node[] terms) {
            super(terms);
            this.offset = offset;
            this.coefficients = coefficients.clone();
            this.terms = terms.clone();
        }

        @Override
        double eval(double[] p) {
            double sum = offset;
            for (int i = 0; i < terms.length; i++) {
                sum += coefficients[i] * terms[i].eval(p);
            }
            return sum;
        }
    }

    /** {@code sum_i t_i}, for sums of more than two terms with unit coefficients. */
    static final class Sum extends Node {
        private final Node[] terms;

        Sum(Node[] terms) {
            super(terms);
            this.terms = terms.clone();
        }

        @Override
        double eval(double[] p) {
            double sum = 0;
            for (Node term : terms) {
                sum += term.eval(p);
            }
            return sum;
        }
    }

    /** {@code c * a}. */
    static final class Scaled extends Node {
        final double factor;
        final Node a;

        Scaled(double factor, Node a) {
            super(a);
            this.factor = factor;
            this.a = a;
        }

        @Override
        double eval(double[] p) {
            return factor * a.eval(p);
        }
    }

    static final class Negation extends Node {
        final Node a;

        Negation(Node a) {
            super(a);
            this.a = a;
        }

        @Override
        double eval(double[] p) {
            return -a.eval(p);
        }
    }

    static final class Product2 extends Node {
        private final Node a;
        private final Node b;

        Product2(Node a, Node b) {
            super(a, b);
            this.a = a;
            this.b = b;
        }

        @Override
        double eval(double[] p) {
            return a.eval(p) * b.eval(p);
        }
    }

    static final class Product extends Node {
        private final Node[] factors;

        Product(Node[] factors) {
            super(factors);
            this.factors = factors.clone();
        }

        @Override
        double eval(double[] p) {
            double product = factors[0].eval(p);
            for (int i = 1; i < factors.length; i++) {
                product *= factors[i].eval(p);
            }
            return product;
        }
    }

    /** {@code a / b}: one division is faster and rounds once less than a reciprocal and a product. */
    static final class Quotient extends Node {
        private final Node a;
        private final Node b;

        Quotient(Node a, Node b) {
            super(a, b);
            this.a = a;
            this.b = b;
        }

        @Override
        double eval(double[] p) {
            return a.eval(p) / b.eval(p);
        }
    }

    /** {@code c / b}. */
    static final class ScaledReciprocal extends Node {
        private final double numerator;
        private final Node b;

        ScaledReciprocal(double numerator, Node b) {
            super(b);
            this.numerator = numerator;
            this.b = b;
        }

        @Override
        double eval(double[] p) {
            return numerator / b.eval(p);
        }
    }
}
