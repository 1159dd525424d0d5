package org.conserve.symbolic.compile;

import java.util.function.Function;

import org.matheclipse.core.expression.ID;

/**
 * The elementary functions of one real argument, one small final class each so that calls inline.
 * Outside a function's real domain the value is NaN (where Symja would give a complex number).
 */
final class Functions {
    private Functions() {
    }

    /** A function of one argument. */
    abstract static class Unary extends Node {
        final Node a;

        Unary(Node a) {
            super(a);
            this.a = a;
        }
    }

    /** The unary node for a Symja head ({@link ID}), or null when the head is not an elementary function. */
    static Function<Node, Node> unary(int head) {
        return switch (head) {
            case ID.Exp -> Exp::new;
            case ID.Log -> Log::new;
            case ID.Sin -> Sin::new;
            case ID.Cos -> Cos::new;
            case ID.Tan -> Tan::new;
            case ID.Cot -> Cot::new;
            case ID.Sec -> Sec::new;
            case ID.Csc -> Csc::new;
            case ID.Sinh -> Sinh::new;
            case ID.Cosh -> Cosh::new;
            case ID.Tanh -> Tanh::new;
            case ID.Coth -> Coth::new;
            case ID.Sech -> Sech::new;
            case ID.Csch -> Csch::new;
            case ID.ArcSin -> ArcSin::new;
            case ID.ArcCos -> ArcCos::new;
            case ID.ArcTan -> ArcTan::new;
            case ID.ArcCot -> ArcCot::new;
            case ID.ArcSec -> ArcSec::new;
            case ID.ArcCsc -> ArcCsc::new;
            case ID.ArcSinh -> ArcSinh::new;
            case ID.ArcCosh -> ArcCosh::new;
            case ID.ArcTanh -> ArcTanh::new;
            case ID.ArcCoth -> ArcCoth::new;
            case ID.ArcSech -> ArcSech::new;
            case ID.ArcCsch -> ArcCsch::new;
            case ID.Abs -> Abs::new;
            case ID.Sign -> Sign::new;
            default -> null;
        };
    }

    /** asinh x = sign(x) log(|x| + sqrt(x^2 + 1)), written with log1p so that small x keep full precision. */
    static double asinh(double x) {
        double t = Math.abs(x);
        double value = t > 1e150 ? Math.log(t) + Math.log(2) : Math.log1p(t + t * t / (1 + Math.sqrt(1 + t * t)));
        return Math.copySign(value, x);
    }

    /** acosh x = log(x + sqrt(x^2 - 1)) for x >= 1, written as log1p(t + sqrt(2t + t^2)) with t = x - 1. */
    static double acosh(double x) {
        if (x > 1e150) {
            return Math.log(x) + Math.log(2);
        }
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(t * (2 + t)));
    }

    /** atanh x = log((1 + x) / (1 - x)) / 2 = log1p(2x / (1 - x)) / 2 for |x| < 1. */
    static double atanh(double x) {
        double t = Math.abs(x);
        return Math.copySign(0.5 * Math.log1p(2 * t / (1 - t)), x);
    }

    /** Symja's ArcTan(x, y): the angle of the point (x, y). */
    static final class ArcTan2 extends Node {
        private final Node x;
        private final Node y;

        ArcTan2(Node x, Node y) {
            super(x, y);
            this.x = x;
            this.y = y;
        }

        @Override
        double eval(double[] p) {
            return Math.atan2(y.eval(p), x.eval(p));
        }
    }

    static final class Exp extends Unary {
        Exp(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return Math.exp(a.eval(p));
        }
    }

    static final class Log extends Unary {
        Log(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return Math.log(a.eval(p));
        }
    }

    static final class Sin extends Unary {
        Sin(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return Math.sin(a.eval(p));
        }
    }

    static final class Cos extends Unary {
        Cos(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return Math.cos(a.eval(p));
        }
    }

    static final class Tan extends Unary {
        Tan(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return Math.tan(a.eval(p));
        }
    }

    static final class Cot extends Unary {
        Cot(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return 1 / Math.tan(a.eval(p));
        }
    }

    static final class Sec extends Unary {
        Sec(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return 1 / Math.cos(a.eval(p));
        }
    }

    static final class Csc extends Unary {
        Csc(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return 1 / Math.sin(a.eval(p));
        }
    }

    static final class Sinh extends Unary {
        Sinh(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return Math.sinh(a.eval(p));
        }
    }

    static final class Cosh extends Unary {
        Cosh(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return Math.cosh(a.eval(p));
        }
    }

    static final class Tanh extends Unary {
        Tanh(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return Math.tanh(a.eval(p));
        }
    }

    static final class Coth extends Unary {
        Coth(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return 1 / Math.tanh(a.eval(p));
        }
    }

    static final class Sech extends Unary {
        Sech(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return 1 / Math.cosh(a.eval(p));
        }
    }

    static final class Csch extends Unary {
        Csch(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return 1 / Math.sinh(a.eval(p));
        }
    }

    static final class ArcSin extends Unary {
        ArcSin(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return Math.asin(a.eval(p));
        }
    }

    static final class ArcCos extends Unary {
        ArcCos(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return Math.acos(a.eval(p));
        }
    }

    static final class ArcTan extends Unary {
        ArcTan(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return Math.atan(a.eval(p));
        }
    }

    /** ArcCot x = ArcTan(1/x), Symja's real branch (values in (-pi/2, pi/2]). */
    static final class ArcCot extends Unary {
        ArcCot(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return Math.atan(1 / a.eval(p));
        }
    }

    static final class ArcSec extends Unary {
        ArcSec(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return Math.acos(1 / a.eval(p));
        }
    }

    static final class ArcCsc extends Unary {
        ArcCsc(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return Math.asin(1 / a.eval(p));
        }
    }

    static final class ArcSinh extends Unary {
        ArcSinh(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return asinh(a.eval(p));
        }
    }

    static final class ArcCosh extends Unary {
        ArcCosh(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return acosh(a.eval(p));
        }
    }

    static final class ArcTanh extends Unary {
        ArcTanh(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return atanh(a.eval(p));
        }
    }

    static final class ArcCoth extends Unary {
        ArcCoth(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return atanh(1 / a.eval(p));
        }
    }

    static final class ArcSech extends Unary {
        ArcSech(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return acosh(1 / a.eval(p));
        }
    }

    static final class ArcCsch extends Unary {
        ArcCsch(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return asinh(1 / a.eval(p));
        }
    }

    static final class Abs extends Unary {
        Abs(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return Math.abs(a.eval(p));
        }
    }

    static final class Sign extends Unary {
        Sign(Node a) {
            super(a);
        }

        @Override
        double eval(double[] p) {
            return Math.signum(a.eval(p));
        }
    }
}
