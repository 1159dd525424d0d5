package org.conserve.symbolic.pde;

import java.util.Map;
import java.util.function.Function;

import org.conserve.symbolic.SymbolicError;
import org.conserve.symbolic.SymbolicException;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IRational;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Converts between Symja expressions over jet symbols and {@link JetPolynomial}s.
 *
 * <p>Thread-safety: call on the Symja thread (through {@link org.conserve.symbolic.SymjaSession}).
 * The conversion only reads the expression tree; it never evaluates user input.
 */
public final class JetExpressions {

    private JetExpressions() {
    }

    /**
     * The polynomial an expression denotes: sums, products, non-negative integer powers, rational
     * or decimal numbers, and the jet symbols in {@code variables}. Nothing is expanded by Symja.
     *
     * @throws SymbolicException {@link SymbolicError#NOT_POLYNOMIAL} naming the offending part
     */
    public static JetPolynomial toPolynomial(IExpr expression, Map<ISymbol, JetVariable> variables, JetSpace space) {
        if (expression.isRational()) {
            IRational r = (IRational) expression;
            return JetPolynomial.constant(space, Rational.of(r.toBigNumerator(), r.toBigDenominator()));
        }
        if (expression.isReal()) {
            return JetPolynomial.constant(space, Rational.ofDecimal(expression.evalDouble()));
        }
        if (expression.isSymbol()) {
            JetVariable v = variables.get((ISymbol) expression);
            if (v == null) {
                throw notPolynomial(expression, "it contains the unknown symbol " + expression);
            }
            return JetPolynomial.variable(space, v.field(), v.order());
        }
        if (expression.isPlus() || expression.isTimes()) {
            JetPolynomial result = expression.isPlus() ? JetPolynomial.zero(space)
                    : JetPolynomial.constant(space, Rational.ONE);
            for (int i = 1; i <= expression.argSize(); i++) {
                JetPolynomial part = toPolynomial(expression.getAt(i), variables, space);
                result = expression.isPlus() ? result.plus(part) : result.times(part);
            }
            return result;
        }
        if (expression.isPower() && expression.exponent().isInteger()) {
            int exponent = expression.exponent().toIntDefault();
            if (exponent >= 0) {
                return toPolynomial(expression.base(), variables, space).power(exponent);
            }
        }
        throw notPolynomial(expression, "the density search needs a polynomial in the fields and their x-derivatives");
    }

    /** The polynomial as an (unevaluated) Symja sum of products, using {@code symbols} for the jet. */
    public static IExpr toExpression(JetPolynomial polynomial, Function<JetVariable, ISymbol> symbols) {
        JetSpace space = polynomial.space();
        IASTAppendable sum = F.PlusAlloc(polynomial.terms().size());
        for (JetMonomial m : polynomial.sortedMonomials()) {
            Rational c = polynomial.coefficient(m);
            IASTAppendable product = F.TimesAlloc(m.size() + 1);
            product.append(c.isInteger() ? F.ZZ(c.numerator()) : F.fraction(c.numerator(), c.denominator()));
            for (int i = 0; i < m.size(); i++) {
                int e = m.exponent(i);
                if (e > 0) {
                    ISymbol s = symbols.apply(space.variable(i));
                    product.append(e == 1 ? s : F.Power(s, F.ZZ(e)));
                }
            }
            sum.append(product.argSize() == 1 ? product.arg1() : product);
        }
        return sum.argSize() == 0 ? F.C0 : sum.argSize() == 1 ? sum.arg1() : sum;
    }

    private static SymbolicException notPolynomial(IExpr expression, String why) {
        return new SymbolicException(SymbolicError.NOT_POLYNOMIAL, "not a polynomial evolution equation: " + why
                + " (in " + expression + ")");
    }
}
