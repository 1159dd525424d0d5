package org.conserve.symbolic.proof;

/**
 * The outcome of checking one candidate law.
 *
 * @param status   proved, numeric only, or refuted
 * @param residual the largest relative residual measured at the sample points (0 when proved
 *                 symbolically without a numeric check)
 * @param method   the step that decided: the Symja function that gave 0, or "numeric"
 */
public record ProofResult(ProofStatus status, double residual, String method) {

    /** True for {@link ProofStatus#PROVED} and {@link ProofStatus#NUMERIC}: the law may be shown. */
    public boolean isLaw() {
        return status != ProofStatus.REFUTED;
    }
}
