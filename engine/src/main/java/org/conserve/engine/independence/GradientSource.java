package org.conserve.engine.independence;

/**
 * Gradients of n candidate conserved quantities H_1..H_n: exact hand-coded laws, a trained neural
 * model, or anything else. The independence analysis only needs these gradients.
 *
 * <p>Implementations say their own thread-safety; the analysis calls them from one thread.
 */
public interface GradientSource {

    /** The number n of functions. */
    int functionCount();

    /** The dimension d of the points. */
    int dimension();

    /**
     * Writes {@code grad H_i(points[p])} into {@code gradients[p][i]} (length d) for every point p
     * and function i. {@code gradients} is preallocated as [points.length][n][d].
     */
    void gradients(double[][] points, double[][][] gradients);
}
