package org.conserve.engine.independence;

/** Which criterion decided the count of an {@link IndependenceReport}. */
public enum CountRule {
    /**
     * The largest drop between consecutive averaged explained ratios, counted only where the ratio above
     * the drop is at least the analysis's floor, and only when the drop is at least one order of magnitude.
     */
    LARGEST_GAP,
    /** The ratios above the fixed threshold of AI Poincare 2.0 (used when no clear gap exists). */
    THRESHOLD
}
