package org.conserve.symbolic.proof;

import java.time.Duration;

/**
 * Limits and tolerances of a proof.
 *
 * @param stepLimit time limit of each Symja simplification step (Together, Simplify, FullSimplify)
 * @param tolerance largest relative residual a numeric-only law may have
 * @param samples   number of sample points of the numeric check
 * @param seed      seed of the sample points (results are reproducible)
 */
public record ProofOptions(Duration stepLimit, double tolerance, int samples, long seed) {
    /** Time limit of the numeric check, which is cheap and must not share a tiny symbolic limit. */
    public static final Duration NUMERIC_LIMIT = Duration.ofSeconds(30);

    public static final ProofOptions DEFAULT = new ProofOptions(Duration.ofSeconds(5), 1e-9, 64, 20220401L);

    public ProofOptions {
        if (samples < 1 || !(tolerance > 0)) {
            throw new IllegalArgumentException("need at least one sample and a positive tolerance");
        }
    }

    public ProofOptions withStepLimit(Duration limit) {
        return new ProofOptions(limit, tolerance, samples, seed);
    }
}
