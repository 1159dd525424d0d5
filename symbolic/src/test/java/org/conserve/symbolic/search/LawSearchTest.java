package org.conserve.symbolic.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.conserve.engine.system.Box;
import org.conserve.engine.system.Interval;
import org.conserve.engine.system.PointFilter;
import org.conserve.engine.system.VectorField;
import org.conserve.symbolic.SymbolicError;
import org.conserve.symbolic.SymbolicException;
import org.conserve.symbolic.SymjaSession;
import org.conserve.symbolic.proof.ProofStatus;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

class LawSearchTest {
    private static final ISymbol X = F.symbol("lsx");
    private static final ISymbol Y = F.symbol("lsy");
    private static final ISymbol PX = F.symbol("lspx");
    private static final ISymbol PY = F.symbol("lspy");

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

    private static Box box(double... halfWidths) {
        return new Box(java.util.Arrays.stream(halfWidths).mapToObj(h -> new Interval(-h, h)).toList());
    }

    /** 2D oscillator x'' = -x, y'' = -w^2 y. */
    private static OdeSearchProblem oscillator2d(int w2) {
        return new OdeSearchProblem(List.of(X, Y, PX, PY),
                List.of(PX, PY, F.Negate(X), F.Times(F.ZZ(-w2), Y)),
                field(4, (z, r) -> {
                    r[0] = z[2];
                    r[1] = z[3];
                    r[2] = -z[0];
                    r[3] = -w2 * z[1];
                }), box(1, 1, 1, 1), PointFilter.ALL);
    }

    private static OdeSearchProblem kepler() {
        IExpr cube = F.Power(F.Plus(F.Sqr(X), F.Sqr(Y)), F.QQ(-3, 2));
        return new OdeSearchProblem(List.of(X, Y, PX, PY),
                List.of(PX, PY, F.Times(F.CN1, X, cube), F.Times(F.CN1, Y, cube)),
                field(4, (z, r) -> {
                    double r3 = Math.pow(z[0] * z[0] + z[1] * z[1], 1.5);
                    r[0] = z[2];
                    r[1] = z[3];
                    r[2] = -z[0] / r3;
                    r[3] = -z[1] / r3;
                }), box(2, 2, 1, 1), z -> z[0] * z[0] + z[1] * z[1] > 0.25);
    }

    /** True when law / expected simplifies to a non-zero number. */
    private static boolean proportional(IExpr law, IExpr expected) {
        return SymjaSession.get().call(() -> {
            IExpr ratio = SymjaSession.get().engine().evaluate(F.Together(F.Divide(law, expected)));
            return ratio.isNumber() && !ratio.isZero();
        });
    }

    private static boolean containsLaw(LawSearchResult result, IExpr expected) {
        return result.laws().stream().anyMatch(law -> proportional(law.expression(), expected));
    }

    private static void assertAllProved(LawSearchResult result) {
        result.laws().forEach(law -> assertEquals(ProofStatus.PROVED, law.proof().status(), law::toString));
    }

    @Test
    void findsTheEnergyOfTheOneDimensionalOscillator() {
        OdeSearchProblem problem = new OdeSearchProblem(List.of(X, PX), List.of(PX, F.Negate(X)),
                field(2, (z, r) -> {
                    r[0] = z[1];
                    r[1] = -z[0];
                }), box(1, 1), PointFilter.ALL);
        LawSearchResult result = search.search(problem, SearchOptions.DEFAULT);
        assertEquals(1, result.count(), result::toString);
        assertEquals(1, result.laws().size(), result::toString);
        assertTrue(proportional(result.laws().get(0).expression(), F.Plus(F.Sqr(X), F.Sqr(PX))), result::toString);
        assertAllProved(result);
    }

    @Test
    void countsThreeLawsForTheIsotropicOscillator() {
        LawSearchResult result = search.search(oscillator2d(1), SearchOptions.DEFAULT);
        assertEquals(3, result.count(), result::toString);
        assertEquals(4, result.laws().size(), result::toString);
        assertTrue(containsLaw(result, F.Plus(F.Sqr(X), F.Sqr(PX))), result::toString);
        assertTrue(containsLaw(result, F.Plus(F.Sqr(Y), F.Sqr(PY))), result::toString);
        assertTrue(containsLaw(result, F.Subtract(F.Times(X, PY), F.Times(Y, PX))), result::toString);
        assertTrue(containsLaw(result, F.Plus(F.Times(X, Y), F.Times(PX, PY))), result::toString);
        assertAllProved(result);
    }

    @Test
    void findsTheCubicInvariantOfTheRatioTwoOscillator() {
        LawSearchResult result = search.search(oscillator2d(4), SearchOptions.DEFAULT);
        assertEquals(3, result.count(), result::toString);
        assertEquals(3, result.degree());
        IExpr cubic = F.Plus(F.Times(Y, F.Subtract(F.Sqr(X), F.Sqr(PX))), F.Times(X, PX, PY));
        assertTrue(containsLaw(result, cubic), result::toString);
        assertAllProved(result);
    }

    @Test
    void countsThreeLawsForKeplerWithTheRungeLenzVector() {
        LawSearchResult result = search.search(kepler(), SearchOptions.DEFAULT);
        assertEquals(3, result.count(), result::toString);
        IExpr inverseR = F.Power(F.Plus(F.Sqr(X), F.Sqr(Y)), F.CN1D2);
        IExpr angular = F.Subtract(F.Times(X, PY), F.Times(Y, PX));
        assertTrue(containsLaw(result, F.Subtract(F.Times(F.C1D2, F.Plus(F.Sqr(PX), F.Sqr(PY))), inverseR)),
                result::toString);
        assertTrue(containsLaw(result, angular), result::toString);
        assertTrue(containsLaw(result, F.Subtract(F.Times(PY, angular), F.Times(X, inverseR))), result::toString);
        assertTrue(containsLaw(result, F.Plus(F.Times(PX, angular), F.Times(Y, inverseR))), result::toString);
        assertAllProved(result);
    }

    @Test
    void labelsLawsCheckedOnlyNumericallyWhenTheTimeBudgetIsSpent() {
        LawSearchResult result = search.search(oscillator2d(1),
                SearchOptions.DEFAULT.withDegrees(2, 4).withBudget(Duration.ZERO));
        assertEquals(3, result.count(), result::toString);
        assertTrue(result.note().contains("time budget"), result.note());
        for (FoundLaw law : result.laws()) {
            assertEquals(ProofStatus.NUMERIC, law.proof().status(), law::toString);
            assertTrue(law.proof().method().contains("time budget"), law::toString);
            assertTrue(law.proof().residual() < 1e-12, law::toString);
        }
    }

    @Test
    void findsTheTimeDependentLawOfAFreeParticleWhenTimeIsAdded() {
        ISymbol t = F.symbol("lst");
        OdeSearchProblem free = new OdeSearchProblem(List.of(X, PX), List.of(PX, F.C0),
                field(2, (z, r) -> {
                    r[0] = z[1];
                    r[1] = 0;
                }), box(1, 1), PointFilter.ALL);
        LawSearchResult timeless = search.search(free, SearchOptions.DEFAULT);
        assertEquals(1, timeless.count(), timeless::toString);
        LawSearchResult withTime = search.search(free.withTime(t, new Interval(0, 2)), SearchOptions.DEFAULT);
        assertEquals(2, withTime.count(), withTime::toString);
        assertTrue(containsLaw(withTime, F.Subtract(X, F.Times(t, PX))), withTime::toString);
        assertAllProved(withTime);
    }

    @Test
    void refusesABasisOverTheSizeLimitWithASuggestion() {
        SymbolicException error = assertThrows(SymbolicException.class,
                () -> search.search(kepler(), SearchOptions.DEFAULT.withDegrees(3, 4).withMaxBasis(10)));
        assertEquals(SymbolicError.SEARCH_TOO_LARGE, error.key());
        assertTrue(error.getMessage().contains("lower the degree"), error.getMessage());
    }
}
