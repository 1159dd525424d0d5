package org.conserve.symbolic.compile;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.conserve.symbolic.SymjaSession;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** Symja's own evaluation, the reference the compiled evaluators are checked against. */
final class SymjaOracle {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private SymjaOracle() {
    }

    /** The canonical form Symja gives, which is what the file reader hands to the compiler. */
    static IExpr canonical(IExpr expression) {
        return SymjaSession.get().evaluate(expression, LIMIT);
    }

    static List<IExpr> canonical(List<IExpr> expressions) {
        return SymjaSession.get().call(() -> expressions.stream()
                .map(e -> SymjaSession.get().engine().evaluate(e)).toList(), LIMIT);
    }

    /** N(expression) at every point; NaN where Symja's value is not a real number (complex, infinite). */
    static double[] numericValues(IExpr expression, Map<ISymbol, Integer> slots, double[][] points) {
        return SymjaSession.get().call(() -> {
            EvalEngine engine = SymjaSession.get().engine();
            double[] values = new double[points.length];
            for (int j = 0; j < points.length; j++) {
                IExpr value = engine.evalN(expression.replaceAll(substitution(slots, points[j])).orElse(expression));
                values[j] = value.isReal() ? value.evalf() : Double.NaN;
            }
            return values;
        }, LIMIT);
    }

    /** The truth value Symja gives to the condition at every point. */
    static boolean[] truthValues(IExpr condition, Map<ISymbol, Integer> slots, double[][] points) {
        return SymjaSession.get().call(() -> {
            EvalEngine engine = SymjaSession.get().engine();
            boolean[] values = new boolean[points.length];
            for (int j = 0; j < points.length; j++) {
                IExpr value = engine.evaluate(condition.replaceAll(substitution(slots, points[j])).orElse(condition));
                if (!value.isTrue() && !value.isFalse()) {
                    throw new AssertionError("Symja left " + condition + " undecided: " + value);
                }
                values[j] = value.isTrue();
            }
            return values;
        }, LIMIT);
    }

    private static Map<IExpr, IExpr> substitution(Map<ISymbol, Integer> slots, double[] point) {
        Map<IExpr, IExpr> rules = new HashMap<>();
        slots.forEach((symbol, slot) -> rules.put(symbol, F.num(point[slot])));
        return rules;
    }

    /** Seeded uniform points in [low, high]^dimension. */
    static double[][] points(long seed, int count, int dimension, double low, double high) {
        Random random = new Random(seed);
        double[][] points = new double[count][dimension];
        for (double[] point : points) {
            for (int i = 0; i < dimension; i++) {
                point[i] = low + (high - low) * random.nextDouble();
            }
        }
        return points;
    }
}
