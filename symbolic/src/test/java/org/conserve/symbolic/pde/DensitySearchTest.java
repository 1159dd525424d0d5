package org.conserve.symbolic.pde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.conserve.symbolic.SymbolicError;
import org.conserve.symbolic.SymbolicException;
import org.junit.jupiter.api.Test;

class DensitySearchTest {
    private static final JetSpace KDV_JET = new JetSpace(List.of("u"), 3);

    private static JetPolynomial u(JetSpace space, int order) {
        return JetPolynomial.variable(space, 0, order);
    }

    private static Rational q(long p, long d) {
        return Rational.of(p, d);
    }

    /** u_t = sign*6 u u_x - u_xxx. */
    private static EvolutionEquation kdv(int sign) {
        JetPolynomial rate = u(KDV_JET, 0).times(u(KDV_JET, 1)).times(Rational.of(6L * sign)).minus(u(KDV_JET, 3));
        return new EvolutionEquation(KDV_JET, List.of(rate));
    }

    private static List<JetVariable> orders(int highest) {
        return java.util.stream.IntStream.rangeClosed(0, highest).mapToObj(k -> new JetVariable(0, k)).toList();
    }

    @Test
    void findsTheKdvWeightsFromTheEquation() {
        ScalingWeights weights = ScalingWeights.find(kdv(1));
        assertTrue(weights.uniform());
        assertEquals(Rational.of(2), weights.fieldWeights().get(0));
        assertEquals(Rational.of(3), weights.timeWeight());
    }

    @Test
    void findsOneKdvDensityPerEvenRankUpToTwelveMatchingTheLiterature() {
        DensitySearchResult result = DensitySearch.search(kdv(1), DensitySearchOptions.upToRank(12));
        List<ConservedDensity> found = result.densities();
        assertEquals(6, found.size(), found::toString);
        for (int i = 0; i < found.size(); i++) {
            assertEquals(Rational.of(2L * (i + 1)), found.get(i).rank());
        }
        JetSpace s = found.get(0).density().space();
        assertEquals(u(s, 0), found.get(0).density());
        assertEquals(u(s, 0).power(2), found.get(1).density());
        assertEquals(u(s, 0).power(3).plus(u(s, 1).power(2).times(q(1, 2))), found.get(2).density());
        assertEquals(u(s, 0).power(4).plus(u(s, 0).times(u(s, 1).power(2)).times(Rational.of(2)))
                .plus(u(s, 2).power(2).times(q(1, 5))), found.get(3).density());
        assertTrue(result.seconds() < 5, "rank 12 took " + result.seconds() + " s");
    }

    @Test
    void flipsTheSignsForTheOtherKdvConvention() {
        List<ConservedDensity> found = DensitySearch.search(kdv(-1), DensitySearchOptions.upToRank(8)).densities();
        JetSpace s = found.get(0).density().space();
        assertEquals(u(s, 0).power(3).minus(u(s, 1).power(2).times(q(1, 2))), found.get(2).density());
        assertEquals(u(s, 0).power(4).minus(u(s, 0).times(u(s, 1).power(2)).times(Rational.of(2)))
                .plus(u(s, 2).power(2).times(q(1, 5))), found.get(3).density());
    }

    @Test
    void countsKdvDensitiesPerAllowedFeatures() {
        for (int highest = 0; highest <= 2; highest++) {
            DensitySearchOptions options = DensitySearchOptions.upToRank(12).withFeatures(orders(highest));
            assertEquals(highest + 2, DensitySearch.search(kdv(1), options).densities().size(), "features up to order " + highest);
        }
    }

    @Test
    void neverReportsATotalDerivative() {
        // u*u_x = D_x(u^2/2) has rank 5 for KdV; nothing of odd rank may appear.
        DensitySearchResult result = DensitySearch.search(kdv(1), DensitySearchOptions.upToRank(7));
        for (ConservedDensity density : result.densities()) {
            for (int f = 0; f < 1; f++) {
                assertFalse(density.density().euler(f).isZero(), density::toString);
            }
            assertEquals(0, density.rank().numerator().intValue() % 2, density::toString);
        }
        DensitySearchResult.RankSummary rank3 = result.ranks().stream()
                .filter(r -> r.rank().equals(Rational.of(3))).findFirst().orElseThrow();
        assertEquals(0, rank3.reduced(), "u_xx and u*u_x are total derivatives");
    }

    @Test
    void refusesARankWithTooManyCandidates() {
        SymbolicException error = assertThrows(SymbolicException.class,
                () -> DensitySearch.search(kdv(1), DensitySearchOptions.upToRank(12).withMaxCandidates(5)));
        assertEquals(SymbolicError.SEARCH_TOO_LARGE, error.key());
    }
}
