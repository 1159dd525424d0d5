package org.conserve.engine.system;

/** A condition on a point (the {@code where} of a sampling box). Allocation-free and thread-safe. */
@FunctionalInterface
public interface PointFilter {
    PointFilter ALL = point -> true;

    boolean accepts(double[] point);
}
