package org.conserve.symbolic.expr;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The functions of the expression language: the only heads a system file can call. Each one knows
 * its Symja builder and its double value (used to check constant subexpressions while parsing).
 * Names are case-sensitive, as in Symja. {@code ArcTan} also takes two arguments: ArcTan(x, y) is
 * the angle of the point (x, y), that is atan2(y, x).
 */
public enum ElementaryFunction {
    SQRT("Sqrt", F::Sqrt, Math::sqrt),
    EXP("Exp", F::Exp, Math::exp),
    LOG("Log", F::Log, Math::log),
    SIN("Sin", F::Sin, Math::sin),
    COS("Cos", F::Cos, Math::cos),
    TAN("Tan", F::Tan, Math::tan),
    COT("Cot", F::Cot, v -> 1 / Math.tan(v)),
    SEC("Sec", F::Sec, v -> 1 / Math.cos(v)),
    CSC("Csc", F::Csc, v -> 1 / Math.sin(v)),
    SINH("Sinh", F::Sinh, Math::sinh),
    COSH("Cosh", F::Cosh, Math::cosh),
    TANH("Tanh", F::Tanh, Math::tanh),
    COTH("Coth", F::Coth, v -> 1 / Math.tanh(v)),
    SECH("Sech", F::Sech, v -> 1 / Math.cosh(v)),
    CSCH("Csch", F::Csch, v -> 1 / Math.sinh(v)),
    ARCSIN("ArcSin", F::ArcSin, Math::asin),
    ARCCOS("ArcCos", F::ArcCos, Math::acos),
    ARCTAN("ArcTan", F::ArcTan, Math::atan),
    ARCSINH("ArcSinh", F::ArcSinh, v -> Math.log(v + Math.sqrt(v * v + 1))),
    ARCCOSH("ArcCosh", F::ArcCosh, v -> Math.log(v + Math.sqrt(v * v - 1))),
    ARCTANH("ArcTanh", F::ArcTanh, v -> 0.5 * Math.log((1 + v) / (1 - v))),
    ABS("Abs", F::Abs, Math::abs);

    private final String symjaName;
    private final UnaryOperator<IExpr> builder;
    private final DoubleUnaryOperator value;

    ElementaryFunction(String symjaName, UnaryOperator<IExpr> builder, DoubleUnaryOperator value) {
        this.symjaName = symjaName;
        this.builder = builder;
        this.value = value;
    }

    /** The name as written in files and in Symja, e.g. {@code ArcTan}. */
    public String symjaName() {
        return symjaName;
    }

    /** True when the function accepts {@code count} arguments. */
    public boolean accepts(int count) {
        return count == 1 || (this == ARCTAN && count == 2);
    }

    /** Words for error messages: "1 argument" or "1 or 2 arguments". */
    public String arityDescription() {
        return this == ARCTAN ? "1 or 2 arguments" : "1 argument";
    }

    /** The Symja expression of this function applied to {@code arguments} (arity already checked). */
    public IExpr build(IExpr... arguments) {
        return arguments.length == 2 ? F.ArcTan(arguments[0], arguments[1]) : builder.apply(arguments[0]);
    }

    /** The double value at constant arguments; ArcTan(x, y) = atan2(y, x). NaN where not real. */
    public double value(double... arguments) {
        return arguments.length == 2 ? Math.atan2(arguments[1], arguments[0]) : value.applyAsDouble(arguments[0]);
    }

    /** The function named exactly {@code name}, if any. */
    public static Optional<ElementaryFunction> named(String name) {
        for (ElementaryFunction function : values()) {
            if (function.symjaName.equals(name)) {
                return Optional.of(function);
            }
        }
        return Optional.empty();
    }

    /** A function whose name differs from {@code name} only in letter case (for "did you mean"). */
    public static Optional<ElementaryFunction> namedIgnoringCase(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.symjaName.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }

    /** "Sqrt, Exp, Log, ..." for messages. */
    public static String allNames() {
        return Arrays.stream(values()).map(ElementaryFunction::symjaName).collect(Collectors.joining(", "));
    }
}
