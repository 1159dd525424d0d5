package org.conserve.engine.system;

/**
 * The right-hand side of an evolution PDE {@code u_t = F(u, u_x, u_xx, ...)} as a local function of the
 * jet at one point: writes the time derivative of every field. Allocation-free and thread-safe.
 */
public interface LocalRate {
    /** Reads a jet laid out by {@link Jet}; writes one rate per field. */
    void evaluate(double[] jet, double[] rates);
}
