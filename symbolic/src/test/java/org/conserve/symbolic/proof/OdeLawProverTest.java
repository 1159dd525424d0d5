package org.conserve.symbolic.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.conserve.engine.system.Box;
import org.conserve.engine.system.Interval;
import org.conserve.engine.system.PointFilter;
import org.conserve.symbolic.SymjaSession;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

class OdeLawProverTest {
    private static final ISymbol X = F.symbol("provx");
    private static final ISymbol Y = F.symbol("provy");
    private static final ISymbol PX = F.symbol("provpx");
    private static final ISymbol PY = F.symbol("provpy");
    private static final List<ISymbol> STATE = List.of(X, Y, PX, PY);
    private static final Box BOX = new Box(List.of(new Interval(-2, 2), new Interval(-2, 2),
            new Interval(-1, 1), new Interval(-1, 1)));
    private static final PointFilter AWAY_FROM_ORIGIN = z -> z[0] * z[0] + z[1] * z[1] > 0.1;

    private final OdeLawProver prover = new OdeLawProver(SymjaSession.get(), ProofOptions.DEFAULT);

    private static IExpr r2() {
        return F.Plus(F.Sqr(X), F.Sqr(Y));
    }

    /** Kepler with GM = m = 1: x' = px, px' = -x / r^3. */
    private static List<IExpr> kepler() {
        IExpr cube = F.Power(r2(), F.QQ(-3, 2));
        return List.of(PX, PY, F.Times(F.CN1, X, cube), F.Times(F.CN1, Y, cube));
    }

    @Test
    void provesKeplerEnergyMomentumAndRungeLenz() {
        IExpr inverseR = F.Power(F.Sqrt(r2()), F.CN1);
        IExpr energy = F.Plus(F.Times(F.C1D2, F.Plus(F.Sqr(PX), F.Sqr(PY))), F.Negate(inverseR));
        IExpr angular = F.Subtract(F.Times(X, PY), F.Times(Y, PX));
        IExpr rungeLenzX = F.Subtract(F.Times(PY, angular), F.Times(X, inverseR));
        for (IExpr law : List.of(energy, angular, rungeLenzX)) {
            ProofResult result = prover.prove(law, STATE, kepler(), BOX, AWAY_FROM_ORIGIN);
            assertEquals(ProofStatus.PROVED, result.status(), law + " -> " + result);
        }
    }

    @Test
    void refusesAWrongOscillatorCandidate() {
        List<ISymbol> state = List.of(X, PX);
        List<IExpr> oscillator = List.of(PX, F.Negate(X));
        Box box = new Box(List.of(new Interval(-1, 1), new Interval(-1, 1)));
        ProofResult wrong = prover.prove(F.Plus(F.Sqr(X), PX), state, oscillator, box, PointFilter.ALL);
        assertEquals(ProofStatus.REFUTED, wrong.status());
        assertFalse(wrong.isLaw());
        assertTrue(wrong.residual() > 1e-3, "residual " + wrong.residual());
        ProofResult right = prover.prove(F.Plus(F.Sqr(X), F.Sqr(PX)), state, oscillator, box, PointFilter.ALL);
        assertEquals(ProofStatus.PROVED, right.status());
    }

    @Test
    void fallsBackToTheNumericCheckWhenSymjaRunsOutOfTime() {
        OdeLawProver hurried = new OdeLawProver(SymjaSession.get(), ProofOptions.DEFAULT.withStepLimit(Duration.ZERO));
        IExpr angular = F.Subtract(F.Times(X, PY), F.Times(Y, PX));
        ProofResult result = hurried.prove(angular, STATE, kepler(), BOX, AWAY_FROM_ORIGIN);
        assertEquals(ProofStatus.NUMERIC, result.status(), result::toString);
        assertTrue(result.residual() < 1e-12);
    }

    @Test
    void refusesAConstant() {
        List<ISymbol> state = List.of(X, PX);
        Box box = new Box(List.of(new Interval(-1, 1), new Interval(-1, 1)));
        assertEquals(ProofStatus.REFUTED,
                prover.prove(F.C5, state, List.of(PX, F.Negate(X)), box, PointFilter.ALL).status());
    }
}
