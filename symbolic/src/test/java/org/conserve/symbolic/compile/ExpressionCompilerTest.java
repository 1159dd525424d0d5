package org.conserve.symbolic.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.conserve.symbolic.SymbolicError;
import org.conserve.symbolic.SymbolicException;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

class ExpressionCompilerTest {
    private static final double TOLERANCE = 1e-12;
    private static final List<ISymbol> XYZW = Systems.symbols("x", "y", "z", "w");
    private static final Map<ISymbol, Integer> SLOTS = Systems.slots(XYZW);
    private static final IExpr X = XYZW.get(0);
    private static final IExpr Y = XYZW.get(1);
    private static final IExpr Z = XYZW.get(2);
    private static final IExpr W = XYZW.get(3);

    /** Every head of the compiled subset, on [-2, 2]^4 where the real domain allows (NaN elsewhere). */
    private static List<IExpr> battery() {
        IExpr d = F.Subtract(X, Y);
        return List.of(
                F.Plus(X, Y), F.Subtract(X, Y), F.Plus(F.C1, X, F.Times(F.C3, Y), F.Times(F.QQ(-2, 7), Z), W),
                F.Times(X, Y, Z), F.Divide(X, Y), F.Divide(F.C1, F.Times(X, Y)), F.Times(F.Pi, X), F.Times(F.Sqrt(F.C2), Y),
                F.Plus(F.E, X), F.Times(F.num(0.25), X, F.Power(Y, F.num(2.5))),
                F.Sqr(X), F.Power(X, F.C3), F.Power(X, F.C7), F.Power(Y, F.ZZ(40)), F.Power(X, F.CN1),
                F.Power(X, F.ZZ(-3)), F.Power(Z, F.ZZ(-40)), F.Sqrt(X), F.Power(X, F.QQ(-1, 2)), F.Power(X, F.QQ(3, 2)),
                F.Power(Y, F.QQ(-5, 2)), F.Power(X, F.QQ(1, 3)), F.Power(Y, F.QQ(-7, 3)), F.Power(X, Y), F.Power(F.C2, X),
                F.Exp(X), F.Power(F.E, F.Times(X, Y)), F.Log(X), F.Log(F.C2, Y),
                F.Sin(X), F.Cos(X), F.Tan(X), F.Cot(X), F.Sec(X), F.Csc(X),
                F.Sinh(X), F.Cosh(X), F.Tanh(X), F.Coth(X), F.Sech(X), F.Csch(X),
                F.ArcSin(F.Times(F.C1D2, X)), F.ArcCos(F.Times(F.C1D2, X)), F.ArcSin(X), F.ArcCos(Y),
                F.ArcTan(X), F.ArcTan(X, Y), F.ArcTan(F.Plus(X, Z), F.Times(Y, W)),
                F.ArcSinh(X), F.ArcCosh(X), F.ArcCosh(F.Plus(F.C2, F.Sqr(Y))), F.ArcTanh(X), F.ArcTanh(F.Times(F.C1D2, Y)),
                F.ArcCot(X), F.ArcSec(X), F.ArcCsc(X), F.ArcCoth(X), F.ArcSech(X),
                F.Abs(X), F.Sign(Y), F.Times(F.Abs(F.Subtract(X, Y)), F.Sign(Z)),
                F.Sin(d), F.Cos(d), F.Divide(F.Sin(d), F.Plus(F.C1, F.Sqr(F.Sin(d)))),
                F.Sech(F.Times(F.C1D2, X)), F.Sqr(F.Sech(F.Subtract(X, F.Times(F.C4, Y)))),
                F.Plus(F.Times(F.C6, X, Y), F.Negate(W)),
                F.Times(F.CN1, X, F.Power(F.Plus(F.Sqr(X), F.Sqr(Y)), F.QQ(-3, 2))));
    }

    @Test
    void everyHeadAgreesWithSymjaAtSeededRandomPoints() {
        double[][] points = SymjaOracle.points(20261123L, 40, 4, -2, 2);
        List<String> failures = new ArrayList<>();
        for (IExpr expression : SymjaOracle.canonical(battery())) {
            failures.addAll(compare(expression, points));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void knownSystemsAgreeWithSymja() {
        List<ISymbol> z4 = Systems.symbols("q1", "q2", "p1", "p2");
        List<ISymbol> z12 = Systems.symbols("x1", "y1", "x2", "y2", "x3", "y3", "u1", "v1", "u2", "v2", "u3", "v3");
        List<ISymbol> jet = Systems.symbols("u", "ux", "uxx", "uxxx");
        List<IExpr> expressions = new ArrayList<>();
        expressions.addAll(Systems.keplerField(z4));
        expressions.add(Systems.keplerEnergy(z4));
        expressions.addAll(Systems.henonHeilesField(z4));
        expressions.add(Systems.henonHeilesEnergy(z4));
        expressions.addAll(Systems.doublePendulumField(z4));
        expressions.add(Systems.doublePendulumEnergy(z4));
        expressions.addAll(Systems.threeBodyField(z12));
        expressions.add(Systems.threeBodyEnergy(z12));
        IExpr u = jet.get(0);
        expressions.add(F.Subtract(F.Times(F.C6, u, jet.get(1)), jet.get(3)));
        expressions.add(F.Plus(F.Times(F.CN1D2, jet.get(2)), F.Times(F.Plus(F.Sqr(u), F.Sqr(jet.get(1))), jet.get(3))));
        List<ISymbol> all = new ArrayList<>(z12);
        all.addAll(z4);
        all.addAll(jet);
        Map<ISymbol, Integer> slots = Systems.slots(all);
        double[][] points = SymjaOracle.points(42L, 30, all.size(), -1.5, 1.5);
        List<String> failures = new ArrayList<>();
        for (IExpr expression : SymjaOracle.canonical(expressions)) {
            failures.addAll(compare(expression, slots, points));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** Symja 3.0 gives Indeterminate for ArcCsch of a negative number; the real value is ArcSinh(1/x). */
    @Test
    void arcCschIsTheArcSinhOfTheReciprocal() {
        double[][] points = SymjaOracle.points(11L, 20, 4, -2, 2);
        CompiledFunction compiled = ExpressionCompiler.compile(F.ArcCsch(X), SLOTS);
        double[] expected = SymjaOracle.numericValues(F.ArcSinh(F.Power(X, F.CN1)), SLOTS, points);
        for (int j = 0; j < points.length; j++) {
            assertEquals(expected[j], compiled.value(points[j]), TOLERANCE * Math.abs(expected[j]));
        }
    }

    @Test
    void uncanonicalFormsCompileToo() {
        List<IExpr> raw = List.of(F.Sqrt(X), F.Exp(X), F.Subtract(X, Y), F.Divide(X, Y), F.Log(F.C2, X), F.unaryAST1(org.matheclipse.core.expression.S.Minus, X));
        double[][] points = SymjaOracle.points(7L, 10, 4, 0.1, 2);
        for (IExpr expression : raw) {
            assertTrue(compare(expression, points).isEmpty(), expression.toString());
        }
    }

    @Test
    void constantsFoldToTheirValue() {
        IExpr constant = SymjaOracle.canonical(F.Plus(F.Times(F.Sqrt(F.C2), F.Pi), F.Sin(F.C1)));
        CompiledFunction compiled = ExpressionCompiler.compile(constant, SLOTS);
        assertEquals(Math.sqrt(2) * Math.PI + Math.sin(1), compiled.value(new double[0]), 1e-15);
    }

    @Test
    void refusesFunctionsOutsideTheCompiledSubset() {
        SymbolicException error = assertThrows(SymbolicException.class,
                () -> ExpressionCompiler.compile(F.Gamma(X), SLOTS));
        assertEquals(SymbolicError.NOT_COMPILABLE, error.key());
        assertTrue(error.getMessage().contains("Gamma"), error.getMessage());
    }

    @Test
    void refusesUserDefinedFunctions() {
        IExpr call = F.unaryAST1(F.symbol("myFunction"), X);
        SymbolicException error = assertThrows(SymbolicException.class, () -> ExpressionCompiler.compile(call, SLOTS));
        assertEquals(SymbolicError.NOT_COMPILABLE, error.key());
        assertTrue(error.getMessage().contains(call.head().toString()), error.getMessage());
    }

    @Test
    void refusesSymbolsWithoutASlot() {
        IExpr expression = F.Plus(X, F.symbol("stranger"));
        SymbolicException error = assertThrows(SymbolicException.class,
                () -> ExpressionCompiler.compile(expression, SLOTS));
        assertEquals(SymbolicError.NOT_COMPILABLE, error.key());
        assertTrue(error.getMessage().contains("stranger"), error.getMessage());
    }

    @Test
    void refusesComplexNumbers() {
        IExpr imaginary = SymjaOracle.canonical(F.Times(F.Sqrt(F.CN1), X));
        SymbolicException error = assertThrows(SymbolicException.class,
                () -> ExpressionCompiler.compile(imaginary, SLOTS));
        assertEquals(SymbolicError.NOT_COMPILABLE, error.key());
    }

    @Test
    void refusesConstantsThatAreNotReal() {
        IExpr cubeRootOfMinusOne = F.Times(F.Power(F.CN1, F.QQ(1, 3)), X);
        SymbolicException error = assertThrows(SymbolicException.class,
                () -> ExpressionCompiler.compile(cubeRootOfMinusOne, SLOTS));
        assertEquals(SymbolicError.NOT_COMPILABLE, error.key());
    }

    @Test
    void refusesUnevaluatedInfinity() {
        IExpr infinite = SymjaOracle.canonical(F.Times(F.CInfinity, X));
        assertThrows(SymbolicException.class, () -> ExpressionCompiler.compile(infinite, SLOTS));
    }

    private static List<String> compare(IExpr expression, double[][] points) {
        return compare(expression, SLOTS, points);
    }

    static List<String> compare(IExpr expression, Map<ISymbol, Integer> slots, double[][] points) {
        CompiledFunction compiled = ExpressionCompiler.compile(expression, slots);
        double[] expected = SymjaOracle.numericValues(expression, slots, points);
        List<String> failures = new ArrayList<>();
        int finite = 0;
        for (int j = 0; j < points.length; j++) {
            double actual = compiled.value(points[j]);
            if (!Double.isFinite(expected[j])) {
                if (Double.isFinite(actual)) {
                    failures.add(expression + ": Symja has no real value at point " + j + ", compiled gave " + actual);
                }
                continue;
            }
            finite++;
            double error = Math.abs(actual - expected[j]);
            if (!(error <= TOLERANCE * Math.abs(expected[j]))) {
                failures.add(expression + " at point " + j + ": compiled " + actual + ", Symja " + expected[j]);
            }
        }
        if (finite == 0) {
            fail(expression + " has no finite value at any test point");
        }
        return failures;
    }
}
