package org.conserve.symbolic.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.conserve.symbolic.SymbolicError;
import org.conserve.symbolic.SymbolicException;
import org.conserve.symbolic.compile.Arithmetic.Negation;
import org.conserve.symbolic.compile.Arithmetic.Scaled;
import org.conserve.symbolic.compile.Node.Constant;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.ID;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IReal;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Translates a Symja expression tree into a {@link Node} tree. It only reads the expression (no
 * evaluation), so it runs on any thread. Constant subtrees are folded; products split into a
 * numerator and a denominator so that {@code a/b} costs one division; sums keep their numeric
 * coefficients in one loop; powers with constant exponents become multiplications and square roots.
 * Not thread-safe (one compiler per compilation); the nodes it makes are.
 */
final class NodeCompiler {
    private static final int SHOWN_EXPRESSION_LENGTH = 120;

    private final Map<ISymbol, Integer> slots;
    private final int pointSize;
    private final Map<IExpr, Integer> uses;
    private final Map<IExpr, Node> shared = new HashMap<>();
    private final List<Node> temporaries = new ArrayList<>();

    /** A compiler that computes every occurrence of a subexpression anew (no work buffer needed). */
    NodeCompiler(Map<ISymbol, Integer> slots) {
        this(slots, Map.of());
    }

    /**
     * A compiler for the given roots that computes a subexpression occurring more than once among them
     * only once, as a temporary stored after the point in the work buffer (see {@link Program}).
     */
    private NodeCompiler(Map<ISymbol, Integer> slots, Map<IExpr, Integer> uses) {
        this.slots = Map.copyOf(slots);
        this.pointSize = ExpressionCompiler.pointSize(slots);
        this.uses = uses;
    }

    /** Compiles the roots into a program that computes their common subexpressions once. */
    static Program program(List<? extends IExpr> roots, Map<ISymbol, Integer> slots) {
        return program(roots, slots, true);
    }

    /** As {@link #program(List, Map)}, or with every occurrence computed anew when {@code share} is false. */
    static Program program(List<? extends IExpr> expressions, Map<ISymbol, Integer> slots, boolean share) {
        List<IExpr> roots = share ? expressions.stream().map(EvenPowers::normalize).toList() : List.copyOf(expressions);
        NodeCompiler compiler = new NodeCompiler(slots, share ? SharedSubexpressions.count(roots) : Map.of());
        Node[] compiled = new Node[roots.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = compiler.compile(roots.get(i));
        }
        return new Program(compiler.temporaries.toArray(Node[]::new), compiled, compiler.pointSize);
    }

    Node compile(IExpr expression) {
        if (uses.getOrDefault(expression, 0) < 2) {
            return translate(expression);
        }
        Node known = shared.get(expression);
        if (known != null) {
            return known;
        }
        Node node = translate(expression);
        if (node.readsPoint()) {
            temporaries.add(node);
            node = new Node.Slot(pointSize + temporaries.size() - 1);
        }
        shared.put(expression, node);
        return node;
    }

    private Node translate(IExpr expression) {
        if (expression.isReal()) {
            return new Constant(((IReal) expression).doubleValue());
        }
        if (expression.isNumber()) {
            throw refuse("the complex number " + expression + " is not a real value", expression);
        }
        if (expression.isSymbol()) {
            return symbol((ISymbol) expression);
        }
        if (!expression.isAST()) {
            throw refuse("'" + expression + "' is not a number, a variable or a function", expression);
        }
        IAST ast = (IAST) expression;
        IExpr head = ast.head();
        if (head.isAST()) {
            return derivative((IAST) head, ast);
        }
        if (!head.isBuiltInSymbol()) {
            throw refuse("the function '" + ast.head() + "' is not one of the compiled elementary functions", expression);
        }
        Node node = function(ast.headID(), ast).folded();
        if (node instanceof Constant constant && Double.isNaN(constant.value)) {
            throw refuse("its value is not a real number", expression);
        }
        return node;
    }

    private Node symbol(ISymbol symbol) {
        Integer slot = slots.get(symbol);
        if (slot != null) {
            return new Node.Slot(slot);
        }
        if (symbol == S.Pi) {
            return new Constant(Math.PI);
        }
        if (symbol == S.E) {
            return new Constant(Math.E);
        }
        throw refuse("the symbol '" + symbol + "' is neither a variable nor a known constant", symbol);
    }

    private Node function(int head, IAST ast) {
        int arity = ast.argSize();
        switch (head) {
            case ID.Plus:
                return sum(ast);
            case ID.Times:
                return product(ast);
            case ID.Power:
                requireArity(ast, 2);
                return power(compile(ast.arg1()), compile(ast.arg2()));
            case ID.Sqrt:
                requireArity(ast, 1);
                return power(compile(ast.arg1()), new Constant(0.5));
            case ID.Subtract:
                requireArity(ast, 2);
                return new Arithmetic.Difference(compile(ast.arg1()), compile(ast.arg2()));
            case ID.Divide:
                requireArity(ast, 2);
                return new Arithmetic.Quotient(compile(ast.arg1()), compile(ast.arg2()));
            case ID.Minus:
                requireArity(ast, 1);
                return new Negation(compile(ast.arg1()));
            case ID.Log:
                if (arity == 2) {
                    return new Arithmetic.Quotient(new Functions.Log(compile(ast.arg2())),
                            new Functions.Log(compile(ast.arg1())));
                }
                break;
            case ID.ArcTan:
                if (arity == 2) {
                    return new Functions.ArcTan2(compile(ast.arg1()), compile(ast.arg2()));
                }
                break;
            default:
                break;
        }
        Function<Node, Node> unary = Functions.unary(head);
        if (unary == null) {
            throw refuse("the function '" + ast.head() + "' is not one of the compiled elementary functions", ast);
        }
        requireArity(ast, 1);
        return unary.apply(compile(ast.arg1()));
    }

    /** D gives Derivative(1)[Abs][u] for d|u|/du, which is Sign(u) on the reals; Sign' is 0 off zero. */
    private Node derivative(IAST head, IAST ast) {
        if (head.head().isAST() && ast.argSize() == 1) {
            IAST derivative = (IAST) head.head();
            boolean first = derivative.head() == S.Derivative && derivative.argSize() == 1 && derivative.arg1().isOne();
            if (first && head.argSize() == 1 && head.arg1() == S.Abs) {
                return new Functions.Sign(compile(ast.arg1())).folded();
            }
            if (first && head.argSize() == 1 && head.arg1() == S.Sign) {
                return new Constant(0);
            }
        }
        throw refuse("the derivative '" + head + "' is not compilable", ast);
    }

    private Node sum(IAST ast) {
        double offset = 0;
        List<Node> terms = new ArrayList<>();
        List<Double> coefficients = new ArrayList<>();
        for (IExpr argument : ast) {
            Node term = compile(argument);
            double coefficient = 1;
            if (term instanceof Constant constant) {
                offset += constant.value;
                continue;
            } else if (term instanceof Scaled scaled) {
                coefficient = scaled.factor;
                term = scaled.a;
            } else if (term instanceof Negation negation) {
                coefficient = -1;
                term = negation.a;
            }
            terms.add(term);
            coefficients.add(coefficient);
        }
        return SumShapes.of(offset, coefficients, terms);
    }

    private Node product(IAST ast) {
        double factor = 1;
        List<Node> numerator = new ArrayList<>();
        List<Node> denominator = new ArrayList<>();
        for (IExpr argument : ast) {
            boolean inverse = isReciprocalFactor(argument);
            Node node = compile(inverse ? inverted(argument) : argument);
            if (node instanceof Constant constant) {
                factor = inverse ? factor / constant.value : factor * constant.value;
                continue;
            }
            if (node instanceof Scaled scaled) {
                factor = inverse ? factor / scaled.factor : factor * scaled.factor;
                node = scaled.a;
            } else if (node instanceof Negation negation) {
                factor = -factor;
                node = negation.a;
            }
            (inverse ? denominator : numerator).add(node);
        }
        Node top = SumShapes.product(numerator);
        Node bottom = SumShapes.product(denominator);
        if (bottom == null) {
            return top == null ? new Constant(factor) : SumShapes.scaled(factor, top);
        }
        if (top == null) {
            return new Arithmetic.ScaledReciprocal(factor, bottom);
        }
        return SumShapes.scaled(factor, new Arithmetic.Quotient(top, bottom));
    }

    /** True for a factor {@code b^e} with a negative number e, which goes to the denominator. */
    static boolean isReciprocalFactor(IExpr factor) {
        return factor.isPower() && factor.exponent().isReal() && factor.exponent().isNegative();
    }

    /** {@code b^-e} for the factor {@code b^e}. */
    static IExpr inverted(IExpr factor) {
        return F.Power(factor.base(), factor.exponent().negate());
    }

    /** {@code base^exponent}, by multiplications and square roots where the exponent allows. */
    static Node power(Node base, Node exponent) {
        if (base instanceof Constant constant && constant.value == Math.E) {
            return new Functions.Exp(exponent);
        }
        if (!(exponent instanceof Constant constant)) {
            return new Powers.RealPower(base, exponent);
        }
        double e = constant.value;
        double twice = 2 * e;
        boolean small = Math.abs(e) <= Powers.MAX_SQUARING_EXPONENT;
        if (!small || twice != Math.rint(twice)) {
            return new Powers.ConstantPower(base, e);
        }
        Node positive = positivePower(base, Math.abs(e));
        return e >= 0 ? positive : new Arithmetic.ScaledReciprocal(1, positive);
    }

    private static Node positivePower(Node base, double e) {
        if (e == Math.rint(e)) {
            int n = (int) e;
            return switch (n) {
                case 0 -> new Constant(1);
                case 1 -> base;
                case 2 -> new Powers.Square(base);
                case 3 -> new Powers.Cube(base);
                default -> new Powers.IntegerPower(base, n);
            };
        }
        int wholePart = (int) Math.floor(e);
        return wholePart == 0 ? new Powers.SquareRoot(base) : new Powers.HalfIntegerPower(base, wholePart);
    }

    private static void requireArity(IAST ast, int arity) {
        if (ast.argSize() != arity) {
            throw refuse("'" + ast.head() + "' needs " + arity + " argument(s) here, not " + ast.argSize(), ast);
        }
    }

    static SymbolicException refuse(String reason, IExpr expression) {
        String shown = expression.toString();
        if (shown.length() > SHOWN_EXPRESSION_LENGTH) {
            shown = shown.substring(0, SHOWN_EXPRESSION_LENGTH) + "...";
        }
        return new SymbolicException(SymbolicError.NOT_COMPILABLE, "cannot compile " + shown + ": " + reason);
    }
}
