package org.conserve.symbolic.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;
import org.matheclipse.core.interfaces.INum;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Writes a Symja expression of the system-file language in SymPy's Python syntax: {@code **} for
 * powers, {@code Rational(p, q)} for exact fractions (so nothing becomes a Python float),
 * {@code sqrt}, {@code exp}, {@code log}, {@code sin}, ..., {@code pi} and {@code E}, and
 * {@code atan2(y, x)} for Symja's two-argument {@code ArcTan(x, y)} (the angle of the point (x, y)).
 *
 * <p>Walks the expression tree only; it evaluates nothing. Runs on the Symja thread (see
 * {@link LawForms}). A head outside the expression language is refused with
 * {@link IllegalArgumentException}. Instances are single-use.
 */
final class SympyPrinter {
    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int UNARY = 3;
    private static final int POWER = 4;
    private static final int ATOM = 5;

    /** Symja heads of one argument and their SymPy functions. */
    private static final Map<ISymbol, String> FUNCTIONS = Map.ofEntries(
            Map.entry(F.Exp, "exp"), Map.entry(F.Log, "log"), Map.entry(F.Sqrt, "sqrt"),
            Map.entry(F.Sin, "sin"), Map.entry(F.Cos, "cos"), Map.entry(F.Tan, "tan"),
            Map.entry(F.Cot, "cot"), Map.entry(F.Sec, "sec"), Map.entry(F.Csc, "csc"),
            Map.entry(F.Sinh, "sinh"), Map.entry(F.Cosh, "cosh"), Map.entry(F.Tanh, "tanh"),
            Map.entry(F.Coth, "coth"), Map.entry(F.Sech, "sech"), Map.entry(F.Csch, "csch"),
            Map.entry(F.ArcSin, "asin"), Map.entry(F.ArcCos, "acos"), Map.entry(F.ArcTan, "atan"),
            Map.entry(F.ArcCot, "acot"), Map.entry(F.ArcSec, "asec"), Map.entry(F.ArcCsc, "acsc"),
            Map.entry(F.ArcSinh, "asinh"), Map.entry(F.ArcCosh, "acosh"), Map.entry(F.ArcTanh, "atanh"),
            Map.entry(F.ArcCoth, "acoth"), Map.entry(F.ArcSech, "asech"), Map.entry(F.ArcCsch, "acsch"),
            Map.entry(F.Abs, "Abs"));

    /** Every SymPy name a printed expression may use besides the variables. */
    static final List<String> SYMPY_NAMES = List.of("Abs", "E", "Float", "Integer", "Rational", "acos", "acosh",
            "acot", "acoth", "acsc", "acsch", "asec", "asech", "asin", "asinh", "atan", "atan2", "atanh", "cos",
            "cosh", "cot", "coth", "csc", "csch", "exp", "log", "pi", "sec", "sech", "sin", "sinh", "sqrt", "tan",
            "tanh");

    private final Function<ISymbol, String> names;

    /** @param names the Python name of each declared symbol; throws for a symbol it does not know */
    SympyPrinter(Function<ISymbol, String> names) {
        this.names = names;
    }

    String print(IExpr expression) {
        return write(expression).text;
    }

    private Printed write(IExpr e) {
        if (e instanceof IInteger integer) {
            return integer.isNegative() ? new Printed(integer.toString(), UNARY) : new Printed(integer.toString(), ATOM);
        }
        if (e instanceof IFraction fraction) {
            return new Printed("Rational(" + fraction.numerator() + ", " + fraction.denominator() + ")", ATOM);
        }
        if (e instanceof INum number) {
            double value = number.doubleValue();
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("no SymPy form for the number " + value);
            }
            return new Printed("Float('" + value + "')", ATOM);
        }
        if (e instanceof ISymbol symbol) {
            return new Printed(symbol(symbol), ATOM);
        }
        if (!(e instanceof IAST ast)) {
            throw new IllegalArgumentException("no SymPy form for " + e.fullFormString());
        }
        if (ast.isPlus()) {
            return sum(ast);
        }
        if (ast.isTimes()) {
            return product(arguments(ast));
        }
        if (ast.isPower()) {
            return product(List.of(ast));
        }
        return function(ast);
    }

    private String symbol(ISymbol symbol) {
        if (symbol == F.Pi) {
            return "pi";
        }
        if (symbol == F.E) {
            return "E";
        }
        return names.apply(symbol);
    }

    private Printed sum(IAST plus) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= plus.argSize(); i++) {
            IExpr term = plus.get(i);
            Printed negated = negated(term);
            if (i == 1) {
                text.append(negated == null ? write(term).text : "-" + wrap(negated, PRODUCT));
            } else if (negated == null) {
                text.append(" + ").append(wrap(write(term), SUM + 1));
            } else {
                text.append(" - ").append(wrap(negated, PRODUCT));
            }
        }
        return new Printed(text.toString(), SUM);
    }

    /** A term with a negative numeric coefficient, printed without its sign; null for any other term. */
    private Printed negated(IExpr term) {
        if (term instanceof IInteger integer && integer.isNegative()) {
            return write(integer.negate());
        }
        if (term instanceof IFraction fraction && fraction.isNegative()) {
            return write(fraction.negate());
        }
        if (term instanceof IAST times && times.isTimes() && times.arg1().isRational() && times.arg1().isNegative()) {
            List<IExpr> positive = new ArrayList<>(arguments(times));
            positive.set(0, times.arg1().negate());
            return product(positive);
        }
        return null;
    }

    /**
     * A product, numerator over denominator: the leading rational coefficient first, factors with a
     * negative numeric exponent below the line, a negative coefficient as a sign.
     */
    private Printed product(List<IExpr> factors) {
        IExpr coefficient = F.C1;
        List<IExpr> numerator = new ArrayList<>();
        List<IExpr> denominator = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) {
            IExpr factor = factors.get(i);
            if (i == 0 && factor.isRational()) {
                coefficient = factor;
            } else if (factor.isPower() && factor.exponent().isRational() && factor.exponent().isNegative()) {
                IExpr positive = factor.exponent().negate();
                denominator.add(positive.isOne() ? factor.base() : F.Power(factor.base(), positive));
            } else {
                numerator.add(factor);
            }
        }
        boolean negative = coefficient.isNegative();
        IExpr magnitude = negative ? coefficient.negate() : coefficient;
        if (!negative && magnitude.isOne() && numerator.size() == 1 && denominator.isEmpty()) {
            return factor(numerator.get(0));
        }
        List<String> top = new ArrayList<>();
        if (!magnitude.isOne() || numerator.isEmpty()) {
            top.add(write(magnitude).text);
        }
        numerator.forEach(factor -> top.add(wrap(factor(factor), POWER)));
        String text = String.join("*", top);
        if (!denominator.isEmpty()) {
            List<String> bottom = denominator.stream().map(factor -> wrap(factor(factor), POWER)).toList();
            String under = String.join("*", bottom);
            text = text + "/" + (bottom.size() > 1 ? "(" + under + ")" : under);
        }
        return negative ? new Printed("-" + text, UNARY) : new Printed(text, PRODUCT);
    }

    private Printed factor(IExpr factor) {
        return factor.isPower() ? power(factor) : write(factor);
    }

    /** A power with a positive or symbolic exponent; {@code sqrt} and {@code exp} where they fit. */
    private Printed power(IExpr power) {
        IExpr base = power.base();
        IExpr exponent = power.exponent();
        if (base == F.E) {
            return new Printed("exp(" + write(exponent).text + ")", ATOM);
        }
        if (exponent.equals(F.C1D2)) {
            return new Printed("sqrt(" + write(base).text + ")", ATOM);
        }
        // An integer base is made a SymPy Integer, so that no power is ever computed by Python.
        String baseText = base instanceof IInteger integer && !integer.isNegative()
                ? "Integer(" + integer + ")" : wrap(write(base), ATOM);
        return new Printed(baseText + "**" + wrap(write(exponent), ATOM), POWER);
    }

    private Printed function(IAST call) {
        IExpr head = call.head();
        if (head == F.ArcTan && call.argSize() == 2) {
            // Symja's ArcTan(x, y) is the angle of the point (x, y): SymPy's atan2(y, x).
            return new Printed("atan2(" + write(call.arg2()).text + ", " + write(call.arg1()).text + ")", ATOM);
        }
        String name = head instanceof ISymbol symbol ? FUNCTIONS.get(symbol) : null;
        if (name == null || call.argSize() != 1) {
            throw new IllegalArgumentException("no SymPy form for " + call.fullFormString());
        }
        return new Printed(name + "(" + write(call.arg1()).text + ")", ATOM);
    }

    private static List<IExpr> arguments(IAST ast) {
        List<IExpr> arguments = new ArrayList<>(ast.argSize());
        for (int i = 1; i <= ast.argSize(); i++) {
            arguments.add(ast.get(i));
        }
        return arguments;
    }

    private static String wrap(Printed printed, int needed) {
        return printed.precedence >= needed ? printed.text : "(" + printed.text + ")";
    }

    private record Printed(String text, int precedence) {
    }
}
