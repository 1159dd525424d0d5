package org.conserve.symbolic.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

class LinearPartTest {
    private static final List<ISymbol> U = Systems.symbols("u", "u_x", "u_xx", "u_xxx");
    private static final List<ISymbol> A = Systems.symbols("a", "a_x", "a_xx");
    private static final List<ISymbol> B = Systems.symbols("b", "b_x", "b_xx");

    @Test
    void kdvHasMinusOneOnTheThirdDerivativeOnly() {
        IExpr kdv = SymjaOracle.canonical(F.Subtract(F.Times(F.C6, U.get(0), U.get(1)), U.get(3)));
        double[][][] linear = LinearPart.of(List.of(kdv), List.of(U));
        assertEquals(1, linear.length);
        assertArrayEquals(new double[] {0, 0, 0, -1}, linear[0][0], 0);
    }

    @Test
    void nlsAsTwoRealFieldsCouplesThemThroughTheSecondDerivative() {
        IExpr k = F.C2;
        IExpr intensity = F.Plus(F.Sqr(A.get(0)), F.Sqr(B.get(0)));
        IExpr aRate = F.Plus(F.Times(F.CN1D2, B.get(2)), F.Times(k, intensity, B.get(0)));
        IExpr bRate = F.Subtract(F.Times(F.C1D2, A.get(2)), F.Times(k, intensity, A.get(0)));
        double[][][] linear = LinearPart.of(SymjaOracle.canonical(List.of(aRate, bRate)), List.of(A, B));
        assertArrayEquals(new double[] {0, 0, 0}, linear[0][0], 0);
        assertArrayEquals(new double[] {0, 0, -0.5}, linear[0][1], 0);
        assertArrayEquals(new double[] {0, 0, 0.5}, linear[1][0], 0);
        assertArrayEquals(new double[] {0, 0, 0}, linear[1][1], 0);
    }

    @Test
    void linearTermsHiddenInsideFunctionsAreFound() {
        IExpr rate = F.Plus(F.Sin(F.Times(F.C3, U.get(1))), F.Exp(U.get(0)), F.Times(F.QQ(1, 3), U.get(2)));
        double[][][] linear = LinearPart.of(List.of(SymjaOracle.canonical(rate)), List.of(U));
        assertArrayEquals(new double[] {1, 3, 1.0 / 3, 0}, linear[0][0], 1e-15);
    }

    @Test
    void nonFiniteOrSymbolicCoefficientsAreLeftToTheExplicitPart() {
        IExpr rate = F.Plus(F.Sqrt(U.get(0)), F.Abs(U.get(1)), F.Times(F.C2, U.get(2)));
        double[][][] linear = LinearPart.of(List.of(SymjaOracle.canonical(rate)), List.of(U));
        assertArrayEquals(new double[] {0, 0, 2, 0}, linear[0][0], 0);
    }
}
