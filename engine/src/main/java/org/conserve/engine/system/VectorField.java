package org.conserve.engine.system;

/**
 * The right-hand side f of an autonomous ODE {@code dz/dt = f(z)}, z in R^d.
 *
 * <p>Implementations must be allocation-free in {@link #evaluate} and safe to call from several
 * threads at once (compiled expressions keep no mutable state).
 */
public interface VectorField {

    /** The dimension d of the state. */
    int dimension();

    /**
     * Writes f(state) into {@code rate}. Both arrays have length {@link #dimension()}.
     * A component may be NaN or infinite where f is undefined; callers decide what to do.
     */
    void evaluate(double[] state, double[] rate);
}
