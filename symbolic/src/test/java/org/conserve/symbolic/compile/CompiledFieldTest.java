package org.conserve.symbolic.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.conserve.symbolic.SymbolicError;
import org.conserve.symbolic.SymbolicException;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

class CompiledFieldTest {
    private static final List<ISymbol> Z12 =
            Systems.symbols("x1", "y1", "x2", "y2", "x3", "y3", "u1", "v1", "u2", "v2", "u3", "v3");

    @Test
    void threeBodyFieldMatchesItsComponentsAndSymja() {
        Map<ISymbol, Integer> slots = Systems.slots(Z12);
        List<IExpr> f = SymjaOracle.canonical(Systems.threeBodyField(Z12));
        CompiledField field = ExpressionCompiler.compileField(f, slots);
        assertEquals(12, field.dimension());
        assertEquals(12, field.pointSize());
        double[][] points = SymjaOracle.points(8L, 20, 12, -2, 2);
        double[] rate = new double[12];
        for (int i = 0; i < 12; i++) {
            double[] expected = SymjaOracle.numericValues(f.get(i), slots, points);
            for (int j = 0; j < points.length; j++) {
                field.evaluate(points[j], rate);
                assertEquals(expected[j], rate[i], 1e-12 * Math.abs(expected[j]), "component " + i + " point " + j);
            }
        }
    }

    @Test
    void threeBodyFieldComputesEachPairDistanceOnce() {
        CompiledField field = ExpressionCompiler.compileField(
                SymjaOracle.canonical(Systems.threeBodyField(Z12)), Systems.slots(Z12));
        assertEquals(3, field.sharedSubexpressions());
    }

    @Test
    void evenPowersOfOppositeSumsAreSharedAndStayExact() {
        List<ISymbol> z = Systems.symbols("a", "b");
        IExpr a = z.get(0);
        IExpr b = z.get(1);
        List<IExpr> f = SymjaOracle.canonical(List.of(
                F.Times(F.Power(F.Plus(F.Negate(a), F.Times(F.C2, b), F.C1), F.C4), F.Sin(a)),
                F.Times(F.Power(F.Plus(a, F.Times(F.CN2, b), F.CN1), F.C4), F.Cos(b)),
                F.Power(F.Plus(F.CN1, a, F.Times(F.CN2, b)), F.C3)));
        Map<ISymbol, Integer> slots = Systems.slots(z);
        CompiledField field = ExpressionCompiler.compileField(f, slots);
        assertEquals(1, field.sharedSubexpressions(), "the fourth power of a - 2b - 1 and of its negative");
        double[][] points = SymjaOracle.points(12L, 20, 2, -2, 2);
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double[] expected = SymjaOracle.numericValues(f.get(i), slots, points);
            for (int j = 0; j < points.length; j++) {
                field.evaluate(points[j], out);
                assertEquals(expected[j], out[i], 1e-12 * Math.abs(expected[j]), f.get(i) + " at point " + j);
            }
        }
    }

    @Test
    void batchedEvaluationEqualsPointByPoint() {
        CompiledField field = ExpressionCompiler.compileField(
                SymjaOracle.canonical(Systems.threeBodyField(Z12)), Systems.slots(Z12));
        double[][] points = SymjaOracle.points(9L, 33, 12, -2, 2);
        double[][] rows = new double[points.length][12];
        field.evaluateBatch(points, rows);
        double[] flatPoints = new double[points.length * 12];
        for (int j = 0; j < points.length; j++) {
            System.arraycopy(points[j], 0, flatPoints, j * 12, 12);
        }
        double[] flatRates = new double[points.length * 12];
        field.evaluateBatch(flatPoints, flatRates, points.length);
        double[] single = new double[12];
        for (int j = 0; j < points.length; j++) {
            field.evaluate(points[j], single);
            assertArrayEquals(single, rows[j], 0);
            assertArrayEquals(single, java.util.Arrays.copyOfRange(flatRates, j * 12, j * 12 + 12), 0);
        }
    }

    @Test
    void slotsMayBeSparse() {
        List<ISymbol> z = Systems.symbols("a", "b");
        CompiledField field = ExpressionCompiler.compileField(List.of(F.Times(z.get(0), z.get(1)), z.get(1)),
                Map.of(z.get(0), 2, z.get(1), 5));
        assertEquals(6, field.pointSize());
        double[] out = new double[2];
        field.evaluate(new double[] {0, 0, 3, 0, 0, 7}, out);
        assertArrayEquals(new double[] {21, 7}, out, 0);
        assertEquals(7, field.component(1).value(new double[] {0, 0, 3, 0, 0, 7}), 0);
    }

    @Test
    void oneBadComponentRefusesTheField() {
        List<ISymbol> z = Systems.symbols("a");
        SymbolicException error = assertThrows(SymbolicException.class,
                () -> ExpressionCompiler.compileField(List.of(z.get(0), F.Gamma(z.get(0))), Systems.slots(z)));
        assertEquals(SymbolicError.NOT_COMPILABLE, error.key());
    }
}
