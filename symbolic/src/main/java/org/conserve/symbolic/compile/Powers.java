package org.conserve.symbolic.compile;

/**
 * Powers with the exponent known at compile time done by multiplication and square roots, which
 * are several times faster than {@link Math#pow} and as accurate (a few ulps).
 */
final class Powers {
    /** Integer exponents up to this size use repeated squaring; larger ones {@link Math#pow}. */
    static final int MAX_SQUARING_EXPONENT = 32;

    private Powers() {
    }

    static final class Square extends Node {
        private final Node a;

        Square(Node a) {
            super(a);
            this.a = a;
        }

        @Override
        double eval(double[] p) {
            double x = a.eval(p);
            return x * x;
        }
    }

    static final class Cube extends Node {
        private final Node a;

        Cube(Node a) {
            super(a);
            this.a = a;
        }

        @Override
        double eval(double[] p) {
            double x = a.eval(p);
            return x * x * x;
        }
    }

    /** {@code a^n} for 4 <= n <= {@link #MAX_SQUARING_EXPONENT}, by binary powering. */
    static final class IntegerPower extends Node {
        private final Node a;
        private final int exponent;

        IntegerPower(Node a, int exponent) {
            super(a);
            this.a = a;
            this.exponent = exponent;
        }

        @Override
        double eval(double[] p) {
            double base = a.eval(p);
            double result = 1;
            for (int e = exponent; e != 0; e >>>= 1) {
                if ((e & 1) != 0) {
                    result *= base;
                }
                base *= base;
            }
            return result;
        }
    }

    static final class SquareRoot extends Node {
        private final Node a;

        SquareRoot(Node a) {
            super(a);
            this.a = a;
        }

        @Override
        double eval(double[] p) {
            return Math.sqrt(a.eval(p));
        }
    }

    /** {@code a^(n + 1/2) = a^n sqrt(a)} for n >= 1 (NaN for a < 0, as the real power is undefined). */
    static final class HalfIntegerPower extends Node {
        private final Node a;
        private final int wholePart;

        HalfIntegerPower(Node a, int wholePart) {
            super(a);
            this.a = a;
            this.wholePart = wholePart;
        }

        @Override
        double eval(double[] p) {
            double x = a.eval(p);
            double result = Math.sqrt(x);
            for (int i = 0; i < wholePart; i++) {
                result *= x;
            }
            return result;
        }
    }

    /** {@code a^b} by {@link Math#pow}: NaN where a < 0 and b is not an integer (a complex power). */
    static final class RealPower extends Node {
        private final Node a;
        private final Node b;

        RealPower(Node a, Node b) {
            super(a, b);
            this.a = a;
            this.b = b;
        }

        @Override
        double eval(double[] p) {
            return Math.pow(a.eval(p), b.eval(p));
        }
    }

    /** {@code a^e} for a constant non-integer exponent. */
    static final class ConstantPower extends Node {
        private final Node a;
        private final double exponent;

        ConstantPower(Node a, double exponent) {
            super(a);
            this.a = a;
            this.exponent = exponent;
        }

        @Override
        double eval(double[] p) {
            return Math.pow(a.eval(p), exponent);
        }
    }
}
