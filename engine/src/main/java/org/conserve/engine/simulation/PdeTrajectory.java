package org.conserve.engine.simulation;

/**
 * The output of {@link PdeSimulator}: the fields and the density integrals at the output times.
 *
 * <p>Shapes (m recorded outputs, F fields, n grid points, q densities): {@code times} m, {@code fields}
 * m x F x n (field f at grid point x_j at output i is fields[i][f][j]), {@code integrals} m x q (the
 * integral over the period of density d, as mean over the grid times its length). m is steps + 1 when
 * {@code complete}. Arrays are owned by the trajectory: treat them as read-only.
 *
 * @param times          output times t_i = i T / steps
 * @param fields         the fields at each output time
 * @param integrals      the integrals of the given densities at each output time
 * @param complete       false when a listener stopped the run early
 * @param acceptedSteps  time steps taken (each a step-doubled IFRK4 step)
 * @param rejectedSteps  steps retried with a smaller size
 */
public record PdeTrajectory(double[] times, double[][][] fields, double[][] integrals, boolean complete,
                            long acceptedSteps, long rejectedSteps) {

    public int size() {
        return times.length;
    }
}
