package org.conserve.symbolic.search;

import java.time.Duration;

import org.conserve.symbolic.proof.ProofOptions;

/**
 * Limits of the ODE law search.
 *
 * @param minDegree          first monomial degree tried
 * @param maxDegree          last monomial degree tried
 * @param maxBasis           the most basis functions a search may use
 * @param nullTolerance      normalised singular values below this span the null space
 * @param maxDenominator     largest denominator a recognised rational coefficient may have
 * @param seed               seed of the sample points
 * @param proof              how each law is proved
 * @param budget             wall time after which no higher degree is tried and the remaining laws
 *                           are only checked numerically (labelled so)
 */
public record SearchOptions(int minDegree, int maxDegree, int maxBasis, double nullTolerance, long maxDenominator,
                            long seed, ProofOptions proof, Duration budget) {
    public static final SearchOptions DEFAULT = new SearchOptions(1, 4, 600, 1e-8, 1000, 20240201L,
            ProofOptions.DEFAULT, Duration.ofSeconds(60));

    public SearchOptions {
        if (minDegree < 1 || maxDegree < minDegree || maxBasis < 1) {
            throw new IllegalArgumentException("need 1 <= minDegree <= maxDegree and a positive basis limit");
        }
    }

    public SearchOptions withDegrees(int min, int max) {
        return new SearchOptions(min, max, maxBasis, nullTolerance, maxDenominator, seed, proof, budget);
    }

    public SearchOptions withBudget(Duration time) {
        return new SearchOptions(minDegree, maxDegree, maxBasis, nullTolerance, maxDenominator, seed, proof, time);
    }

    public SearchOptions withMaxBasis(int limit) {
        return new SearchOptions(minDegree, maxDegree, limit, nullTolerance, maxDenominator, seed, proof, budget);
    }
}
