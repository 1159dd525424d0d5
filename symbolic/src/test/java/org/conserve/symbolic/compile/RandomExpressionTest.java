package org.conserve.symbolic.compile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Seeded random expressions over the compiled subset, put in canonical form by Symja, compiled as one
 * field (so shared subexpressions and even powers are exercised too) and checked against Symja's N.
 */
class RandomExpressionTest {
    private static final List<ISymbol> XYZ = Systems.symbols("x", "y", "z");
    private static final Map<ISymbol, Integer> SLOTS = Systems.slots(XYZ);
    private static final List<UnaryOperator<IExpr>> UNARY = List.of(
            F::Sin, F::Cos, F::Exp, e -> F.Log(F.Plus(F.C3, F.Sqr(e))), F::Sech, F::Tanh, F::ArcTan, F::ArcSinh,
            e -> F.Sqrt(F.Plus(F.C2, F.Sqr(e))), F::Abs, F::Negate, F::Sqr, e -> F.Power(e, F.C3),
            e -> F.Power(F.Plus(F.C4, F.Sqr(e)), F.QQ(-3, 2)), e -> F.Power(F.Plus(F.C1, F.Sqr(e)), F.CN1),
            e -> F.Power(F.Plus(F.C1, F.Sqr(e)), F.QQ(1, 3)), e -> F.Times(F.QQ(-5, 3), e), e -> F.Times(F.Pi, e));
    private static final List<BinaryOperator<IExpr>> BINARY = List.of(
            F::Plus, F::Subtract, F::Times, (a, b) -> F.Divide(a, F.Plus(F.C2, F.Sqr(b))), F::ArcTan,
            (a, b) -> F.Power(F.Subtract(a, b), F.C4), (a, b) -> F.Power(F.Subtract(b, a), F.C4),
            (a, b) -> F.Plus(F.Times(F.C2, a), F.Times(F.CN3, b), F.C1D2));

    @Test
    void randomExpressionsAgreeWithSymja() {
        Random random = new Random(20261123L);
        List<IExpr> expressions = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            expressions.add(randomExpression(random, 3));
        }
        List<IExpr> canonical = SymjaOracle.canonical(expressions);
        List<IExpr> varying = canonical.stream().filter(e -> !e.isNumber()).toList();
        CompiledField field = ExpressionCompiler.compileField(varying, SLOTS);
        double[][] points = SymjaOracle.points(5L, 6, 3, -1.5, 1.5);
        double[][] values = new double[points.length][varying.size()];
        field.evaluateBatch(points, values);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < varying.size(); i++) {
            double[] expected = SymjaOracle.numericValues(varying.get(i), SLOTS, points);
            for (int j = 0; j < points.length; j++) {
                double error = Math.abs(values[j][i] - expected[j]);
                if (Double.isFinite(expected[j]) && !(error <= 1e-12 * Math.abs(expected[j]))) {
                    failures.add(varying.get(i) + " at point " + j + ": compiled " + values[j][i] + ", Symja " + expected[j]);
                }
            }
        }
        assertTrue(varying.size() > 100, "too many random expressions were constant: " + varying.size());
        assertTrue(failures.isEmpty(), failures.size() + " disagreements:\n" + String.join("\n", failures));
    }

    private static IExpr randomExpression(Random random, int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            return random.nextInt(5) == 0 ? F.QQ(random.nextInt(7) - 3, 1 + random.nextInt(3)) : XYZ.get(random.nextInt(3));
        }
        if (random.nextBoolean()) {
            return UNARY.get(random.nextInt(UNARY.size())).apply(randomExpression(random, depth - 1));
        }
        return BINARY.get(random.nextInt(BINARY.size()))
                .apply(randomExpression(random, depth - 1), randomExpression(random, depth - 1));
    }
}
