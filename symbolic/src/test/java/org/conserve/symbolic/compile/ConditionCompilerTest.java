package org.conserve.symbolic.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.conserve.engine.system.PointFilter;
import org.conserve.symbolic.SymbolicError;
import org.conserve.symbolic.SymbolicException;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

class ConditionCompilerTest {
    private static final List<ISymbol> XYZ = Systems.symbols("x", "y", "z");
    private static final Map<ISymbol, Integer> SLOTS = Systems.slots(XYZ);
    private static final IExpr X = XYZ.get(0);
    private static final IExpr Y = XYZ.get(1);
    private static final IExpr Z = XYZ.get(2);

    @Test
    void conditionsAgreeWithSymjaAtSeededRandomPoints() {
        List<IExpr> conditions = List.of(
                F.Greater(F.Plus(F.Sqr(X), F.Sqr(Y)), F.QQ(1, 4)),
                F.And(F.Less(X, F.C1), F.LessEqual(F.C0, X, Y)),
                F.Or(F.Not(F.Greater(X, Y)), F.GreaterEqual(Z, F.C1D2)),
                F.Not(F.And(F.Less(X, Y), F.Less(Y, Z))),
                F.Less(X, Y, Z),
                F.Inequality(X, S.Less, Y, S.LessEqual, Z),
                F.Inequality(F.CN1, S.Less, F.Sin(X), S.Less, F.C1D2),
                F.Unequal(X, Y),
                F.ternaryAST3(S.Unequal, F.C1D2, X, Y),
                F.Equal(X, X),
                F.And(F.Greater(F.Abs(X), F.num(0.3)), F.Or(F.Less(Y, F.C0), F.Greater(F.Exp(Z), F.C2))));
        double[][] points = withTies(SymjaOracle.points(99L, 40, 3, -1, 1));
        for (IExpr raw : conditions) {
            IExpr condition = SymjaOracle.canonical(raw);
            PointFilter filter = ExpressionCompiler.compileCondition(condition, SLOTS);
            boolean[] expected = SymjaOracle.truthValues(condition, SLOTS, points);
            int accepted = 0;
            for (int j = 0; j < points.length; j++) {
                assertEquals(expected[j], filter.accepts(points[j]), condition + " at point " + j);
                accepted += expected[j] ? 1 : 0;
            }
            boolean constant = condition.isTrue() || condition.isFalse();
            assertTrue(constant || (accepted > 0 && accepted < points.length),
                    condition + " has the same value at every test point, so the test says little");
        }
    }

    /** Adds points on a coarse grid, where coordinates tie and comparisons sit on their boundary. */
    private static double[][] withTies(double[][] random) {
        double[] grid = {-1, -0.5, 0, 0.5, 1};
        double[][] points = java.util.Arrays.copyOf(random, random.length + 40);
        java.util.Random choice = new java.util.Random(3);
        for (int j = random.length; j < points.length; j++) {
            points[j] = new double[] {grid[choice.nextInt(5)], grid[choice.nextInt(5)], grid[choice.nextInt(5)]};
        }
        return points;
    }

    @Test
    void comparisonsAreExactAtTheBoundary() {
        PointFilter filter = ExpressionCompiler.compileCondition(F.LessEqual(F.C0, X, F.C1), SLOTS);
        assertTrue(filter.accepts(new double[] {0, 0, 0}));
        assertTrue(filter.accepts(new double[] {1, 0, 0}));
        assertFalse(filter.accepts(new double[] {Math.nextUp(1.0), 0, 0}));
        assertFalse(filter.accepts(new double[] {Double.NaN, 0, 0}));
    }

    @Test
    void trueAndFalseAreConstantFilters() {
        assertTrue(ExpressionCompiler.compileCondition(S.True, SLOTS).accepts(new double[3]));
        assertFalse(ExpressionCompiler.compileCondition(S.False, SLOTS).accepts(new double[3]));
    }

    @Test
    void refusesANumberAsACondition() {
        SymbolicException error = assertThrows(SymbolicException.class,
                () -> ExpressionCompiler.compileCondition(F.Plus(X, Y), SLOTS));
        assertEquals(SymbolicError.NOT_COMPILABLE, error.key());
    }

    @Test
    void refusesOtherLogicalHeads() {
        SymbolicException error = assertThrows(SymbolicException.class,
                () -> ExpressionCompiler.compileCondition(F.binaryAST2(S.Xor, F.Less(X, Y), F.Less(Y, Z)), SLOTS));
        assertEquals(SymbolicError.NOT_COMPILABLE, error.key());
        assertTrue(error.getMessage().contains("Xor"), error.getMessage());
    }
}
