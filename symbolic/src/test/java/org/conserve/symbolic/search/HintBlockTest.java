package org.conserve.symbolic.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.conserve.symbolic.SymjaSession;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.ISymbol;

/** Hints as building blocks: compiled value and gradient, and no block twice. */
class HintBlockTest {
    private static final ISymbol X = F.symbol("hbx");
    private static final ISymbol Y = F.symbol("hby");

    @Test
    void evaluatesAHintAndItsGradient() {
        HintBlock block = SymjaSession.get().call(() -> HintBlock.of(F.Log(F.Plus(F.C1, F.Sqr(X))), List.of(X, Y)));
        double[] z = {2, 5};
        assertEquals(Math.log(5), block.value(z), 1e-15);
        double[] gradient = new double[2];
        block.gradient(z, gradient);
        assertArrayEquals(new double[] {4.0 / 5, 0}, gradient, 1e-15);
    }

    @Test
    void aHintEqualToABlockOfTheEquationsIsNotAddedAgain() {
        List<ISymbol> variables = List.of(X, Y);
        List<BuildingBlock> found = List.of(new TrigBlock(LinearForm.of(X, variables).orElseThrow(), false),
                new TrigBlock(LinearForm.of(X, variables).orElseThrow(), true));
        List<BuildingBlock> all = SymjaSession.get().call(() -> BasisBuilder.withHints(found,
                List.of(F.Cos(X), F.Sin(X), F.Exp(Y)), variables));
        assertEquals(3, all.size(), all::toString);
        assertEquals(F.Exp(Y), all.get(2).toExpression(variables));
    }

    @Test
    void everyElementaryFunctionOfTheFileLanguageCompilesAsAHintWithItsGradient() {
        List<org.matheclipse.core.interfaces.IExpr> hints = List.of(F.Abs(X), F.Sqrt(X), F.Tan(X), F.Cot(X), F.Sec(X),
                F.Csc(X), F.Sinh(X), F.Cosh(X), F.Tanh(X), F.Coth(X), F.Sech(X), F.Csch(X), F.ArcSin(X), F.ArcCos(X),
                F.ArcTan(X), F.ArcSinh(X), F.ArcCosh(F.Plus(F.C2, X)), F.ArcTanh(X));
        double[] z = {0.3, 0.7};
        double h = 1e-6;
        for (var hint : hints) {
            HintBlock block = SymjaSession.get().call(() -> HintBlock.of(hint, List.of(X, Y)));
            double[] gradient = new double[2];
            block.gradient(z, gradient);
            double slope = (block.value(new double[] {0.3 + h, 0.7}) - block.value(new double[] {0.3 - h, 0.7})) / (2 * h);
            assertEquals(slope, gradient[0], 1e-6 * Math.max(1, Math.abs(slope)), hint::toString);
        }
    }
}
