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
}
