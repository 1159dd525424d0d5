package org.conserve.engine.system;

/**
 * A real function of a point, such as a candidate conserved quantity H(z) of an ODE or a local
 * density h(u, u_x, ...) of a PDE evaluated on a jet. Allocation-free and thread-safe.
 */
@FunctionalInterface
public interface ScalarFunction {
    double value(double[] point);
}
