package org.conserve.symbolic.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.conserve.engine.system.Box;
import org.conserve.engine.system.Interval;
import org.conserve.engine.system.PointFilter;
import org.conserve.engine.system.VectorField;
import org.conserve.symbolic.SymjaSession;
import org.conserve.symbolic.proof.ProofStatus;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** Laws that need the non-polynomial blocks taken from the equations: cos, log, exp. */
class BuildingBlockSearchTest {
    private static final ISymbol Q1 = F.symbol("bbq1");
    private static final ISymbol Q2 = F.symbol("bbq2");
    private static final ISymbol P1 = F.symbol("bbp1");
    private static final ISymbol P2 = F.symbol("bbp2");

    private final LawSearch search = new LawSearch(SymjaSession.get());

    private static VectorField field(int d, java.util.function.BiConsumer<double[], double[]> f) {
        return new VectorField() {
            @Override
            public int dimension() {
                return d;
            }

            @Override
            public void evaluate(double[] state, double[] rate) {
                f.accept(state, rate);
            }
        };
    }

    private static boolean proportional(IExpr law, IExpr expected) {
        return SymjaSession.get().call(() -> {
            IExpr ratio = SymjaSession.get().engine().evaluate(F.Together(F.Divide(law, expected)));
            return ratio.isNumber() && !ratio.isZero();
        });
    }

    private static void assertFinds(LawSearchResult result, int count, IExpr expected) {
        assertEquals(count, result.count(), result::toString);
        assertTrue(result.laws().stream().anyMatch(law -> proportional(law.expression(), expected)), result::toString);
        result.laws().forEach(law -> assertEquals(ProofStatus.PROVED, law.proof().status(), law::toString));
    }

    @Test
    void findsThePendulumEnergyWithACosineBlock() {
        OdeSearchProblem pendulum = new OdeSearchProblem(List.of(Q1, P1), List.of(P1, F.Negate(F.Sin(Q1))),
                field(2, (z, r) -> {
                    r[0] = z[1];
                    r[1] = -Math.sin(z[0]);
                }), new Box(List.of(new Interval(-3, 3), new Interval(-2, 2))), PointFilter.ALL);
        assertFinds(search.search(pendulum, SearchOptions.DEFAULT), 1,
                F.Subtract(F.Times(F.C1D2, F.Sqr(P1)), F.Cos(Q1)));
    }

    @Test
    void findsTheLotkaVolterraLawWithLogarithmBlocks() {
        // x' = x (1 - y), y' = y (x - 1): x - log x + y - log y is conserved.
        OdeSearchProblem lotkaVolterra = new OdeSearchProblem(List.of(Q1, Q2),
                List.of(F.Times(Q1, F.Subtract(F.C1, Q2)), F.Times(Q2, F.Subtract(Q1, F.C1))),
                field(2, (z, r) -> {
                    r[0] = z[0] * (1 - z[1]);
                    r[1] = z[1] * (z[0] - 1);
                }), new Box(List.of(new Interval(0.2, 3), new Interval(0.2, 3))), PointFilter.ALL);
        assertFinds(search.search(lotkaVolterra, SearchOptions.DEFAULT), 1,
                F.Plus(Q1, F.Negate(F.Log(Q1)), Q2, F.Negate(F.Log(Q2))));
    }

    @Test
    void findsTheTodaEnergyWithAnExponentialBlock() {
        IExpr force = F.Exp(F.Subtract(Q1, Q2));
        OdeSearchProblem toda = new OdeSearchProblem(List.of(Q1, Q2, P1, P2),
                List.of(P1, P2, F.Negate(force), force),
                field(4, (z, r) -> {
                    double e = Math.exp(z[0] - z[1]);
                    r[0] = z[2];
                    r[1] = z[3];
                    r[2] = -e;
                    r[3] = e;
                }), new Box(List.of(new Interval(-1, 1), new Interval(-1, 1), new Interval(-1, 1),
                new Interval(-1, 1))), PointFilter.ALL);
        assertFinds(search.search(toda, SearchOptions.DEFAULT), 2,
                F.Plus(F.Times(F.C1D2, F.Plus(F.Sqr(P1), F.Sqr(P2))), force));
    }
}
