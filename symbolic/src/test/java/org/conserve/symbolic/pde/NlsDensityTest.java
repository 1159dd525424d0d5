package org.conserve.symbolic.pde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cubic NLS i psi_t + psi_xx/2 - k|psi|^2 psi = 0 with psi = a + i b. */
class NlsDensityTest {
    private static final JetSpace JET = new JetSpace(List.of("a", "b"), 2);
    private static final JetPolynomial A = JetPolynomial.variable(JET, 0, 0);
    private static final JetPolynomial B = JetPolynomial.variable(JET, 1, 0);
    private static final Rational HALF = Rational.of(1, 2);

    /** a_t = -b_xx/2 + k(a^2+b^2) b, b_t = a_xx/2 - k(a^2+b^2) a. */
    private static EvolutionEquation nls(long k) {
        JetPolynomial modulus = A.power(2).plus(B.power(2)).times(Rational.of(k));
        JetPolynomial aRate = JetPolynomial.variable(JET, 1, 2).times(HALF.negate()).plus(modulus.times(B));
        JetPolynomial bRate = JetPolynomial.variable(JET, 0, 2).times(HALF).minus(modulus.times(A));
        return new EvolutionEquation(JET, List.of(aRate, bRate));
    }

    /** True when g - c h is a total derivative for some rational c != 0. */
    private static boolean equalUpToTotalDerivativeAndScale(JetPolynomial g, JetPolynomial h) {
        JetSpace space = JET.withMaxOrder(6);
        JetPolynomial ge = g.embed(space);
        JetPolynomial he = h.embed(space);
        List<JetPolynomial> eg = List.of(ge.euler(0), ge.euler(1));
        List<JetPolynomial> eh = List.of(he.euler(0), he.euler(1));
        Rational scale = null;
        for (int f = 0; f < 2; f++) {
            for (var term : eh.get(f).terms().entrySet()) {
                Rational ratio = eg.get(f).coefficient(term.getKey()).divide(term.getValue());
                if (scale == null) {
                    scale = ratio;
                }
            }
        }
        if (scale == null || scale.isZero()) {
            return false;
        }
        JetPolynomial difference = ge.minus(he.times(scale));
        return difference.euler(0).isZero() && difference.euler(1).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, -1, 2})
    void findsMassMomentumAndEnergyOfCubicNls(long k) {
        ScalingWeights weights = ScalingWeights.find(nls(k));
        assertTrue(weights.uniform());
        assertEquals(List.of(Rational.ONE, Rational.ONE), weights.fieldWeights());
        assertEquals(Rational.of(2), weights.timeWeight());

        List<ConservedDensity> found = DensitySearch.search(nls(k), DensitySearchOptions.upToRank(4)).densities();
        assertEquals(3, found.size(), found::toString);
        JetPolynomial ax = JetPolynomial.variable(JET, 0, 1);
        JetPolynomial bx = JetPolynomial.variable(JET, 1, 1);
        JetPolynomial mass = A.power(2).plus(B.power(2));
        JetPolynomial momentum = A.times(bx).minus(B.times(ax));
        JetPolynomial energy = ax.power(2).plus(bx.power(2)).times(HALF)
                .plus(mass.power(2).times(Rational.of(k, 2)));
        assertTrue(equalUpToTotalDerivativeAndScale(found.get(0).density(), mass), found::toString);
        assertTrue(equalUpToTotalDerivativeAndScale(found.get(1).density(), momentum), found::toString);
        assertTrue(equalUpToTotalDerivativeAndScale(found.get(2).density(), energy), found::toString);
    }
}
