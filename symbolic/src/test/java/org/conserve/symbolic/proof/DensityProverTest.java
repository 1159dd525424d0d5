package org.conserve.symbolic.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.conserve.symbolic.SymjaSession;
import org.conserve.symbolic.pde.ConservedDensity;
import org.conserve.symbolic.pde.DensitySearch;
import org.conserve.symbolic.pde.DensitySearchOptions;
import org.conserve.symbolic.pde.DensitySearchResult;
import org.conserve.symbolic.pde.EvolutionEquation;
import org.conserve.symbolic.pde.JetExpressions;
import org.conserve.symbolic.pde.JetSpace;
import org.conserve.symbolic.pde.JetSymbols;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

class DensityProverTest {
    private static final JetSymbols JET = new JetSymbols(List.of("u"), "prooftestjet");
    private static final ISymbol U = JET.symbol(0, 0);
    private static final ISymbol UX = JET.symbol(0, 1);
    private static final ISymbol UXX = JET.symbol(0, 2);

    private final DensityProver prover = new DensityProver(SymjaSession.get(), ProofOptions.DEFAULT);

    /** u_t = 6 u u_x - u_xxx. */
    private static List<IExpr> kdv() {
        return List.of(F.Subtract(F.Times(F.ZZ(6), U, UX), JET.symbol(0, 3)));
    }

    @Test
    void provesTheKdvDensitiesTheSearchFinds() {
        JetSpace space = new JetSpace(List.of("u"), 3);
        IExpr rate = kdv().get(0);
        EvolutionEquation equation = new EvolutionEquation(space,
                List.of(SymjaSession.get().call(() -> JetExpressions.toPolynomial(rate, JET.inverse(3), space))));
        List<ConservedDensity> found = DensitySearch.search(equation, DensitySearchOptions.upToRank(8)).densities();
        assertEquals(4, found.size());
        for (ConservedDensity density : found) {
            IExpr h = JetExpressions.toExpression(density.density(), JET);
            ProofResult result = prover.prove(h, kdv(), JET);
            assertEquals(ProofStatus.PROVED, result.status(), h + " -> " + result);
        }
    }

    @Test
    void provesTheRankTenAndTwelveKdvDensitiesIndependently() {
        JetSpace space = new JetSpace(List.of("u"), 3);
        IExpr rate = kdv().get(0);
        EvolutionEquation equation = new EvolutionEquation(space,
                List.of(SymjaSession.get().call(() -> JetExpressions.toPolynomial(rate, JET.inverse(3), space))));
        List<ConservedDensity> found = DensitySearch.search(equation, DensitySearchOptions.upToRank(12)).densities();
        for (ConservedDensity density : found.subList(4, 6)) {
            IExpr h = JetExpressions.toExpression(density.density(), JET);
            ProofResult result = prover.prove(h, kdv(), JET);
            assertEquals(ProofStatus.PROVED, result.status(), h + " -> " + result);
        }
    }

    @Test
    void solvesAllRanksTogetherForAnEquationWithoutScalingSymmetry() {
        // u_t = 6 u u_x - u_xxx + u_x: the advection term breaks the scaling, so no weights exist.
        JetSpace space = new JetSpace(List.of("u"), 3);
        IExpr rate = F.Plus(kdv().get(0), UX);
        EvolutionEquation equation = new EvolutionEquation(space,
                List.of(SymjaSession.get().call(() -> JetExpressions.toPolynomial(rate, JET.inverse(3), space))));
        DensitySearchResult result = DensitySearch.search(equation, DensitySearchOptions.upToRank(4));
        assertFalse(result.weights().uniform());
        assertEquals(3, result.densities().size(), result.densities()::toString);
        for (ConservedDensity density : result.densities()) {
            IExpr h = JetExpressions.toExpression(density.density(), JET);
            assertEquals(ProofStatus.PROVED, prover.prove(h, List.of(rate), JET).status(), h::toString);
        }
    }

    @Test
    void refusesANonConservedDensity() {
        ProofResult result = prover.prove(F.Plus(F.Power(U, F.C3), F.Sqr(UX)), kdv(), JET);
        assertEquals(ProofStatus.REFUTED, result.status(), result::toString);
    }

    @Test
    void refusesATotalDerivative() {
        ProofResult result = prover.prove(F.Plus(F.Times(U, UX), UXX), kdv(), JET);
        assertEquals(ProofStatus.REFUTED, result.status());
        assertEquals("total derivative", result.method());
    }
}
