package org.conserve.symbolic.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.conserve.symbolic.SymbolicError;
import org.conserve.symbolic.SymbolicException;
import org.conserve.symbolic.SymjaSession;
import org.conserve.symbolic.pde.DensitySearchOptions;
import org.conserve.symbolic.pde.JetVariable;
import org.conserve.symbolic.proof.ProofOptions;
import org.conserve.symbolic.proof.ProofStatus;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

class PdeLawSearchTest {
    private static final ISymbol U = F.symbol("pdu");
    private static final ISymbol UX = F.symbol("pdux");
    private static final ISymbol UXX = F.symbol("pduxx");
    private static final ISymbol UXXX = F.symbol("pduxxx");
    private static final Map<ISymbol, JetVariable> JET = Map.of(U, new JetVariable(0, 0), UX, new JetVariable(0, 1),
            UXX, new JetVariable(0, 2), UXXX, new JetVariable(0, 3));

    private final PdeLawSearch search = new PdeLawSearch(SymjaSession.get(), ProofOptions.DEFAULT);

    @Test
    void provesEveryKdvDensityItFindsOverTheCallersSymbols() {
        IExpr kdv = F.Subtract(F.Times(F.CN6, U, UX), UXXX);
        List<JetVariable> features = List.of(new JetVariable(0, 0), new JetVariable(0, 1), new JetVariable(0, 2));
        PdeLawSearch.Result result = search.search(List.of("u"), JET, List.of(kdv),
                DensitySearchOptions.upToRank(10).withFeatures(features));
        assertEquals(4, result.densities().size(), result::toString);
        IExpr third = F.Subtract(F.Power(U, F.C3), F.Times(F.C1D2, F.Sqr(UX)));
        assertEquals(SymjaSession.get().call(() -> SymjaSession.get().engine().evaluate(third)),
                result.densities().get(2).expression());
        result.densities().forEach(d -> assertEquals(ProofStatus.PROVED, d.proof().status(), d::toString));
    }

    @Test
    void refusesANonPolynomialEquation() {
        SymbolicException error = assertThrows(SymbolicException.class, () -> search.search(List.of("u"), JET,
                List.of(F.Plus(F.Sin(U), UXX)), DensitySearchOptions.upToRank(4)));
        assertEquals(SymbolicError.NOT_POLYNOMIAL, error.key());
    }
}
