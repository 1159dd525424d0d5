package org.conserve.symbolic.proof;

/** How well a candidate law stood up to checking. */
public enum ProofStatus {
    /** Symja simplified the conservation residual to exactly 0. */
    PROVED,
    /** Symja could not simplify it, but the residual vanishes numerically at every sample point. */
    NUMERIC,
    /** The residual is clearly non-zero: not a law, never shown as one. */
    REFUTED
}
