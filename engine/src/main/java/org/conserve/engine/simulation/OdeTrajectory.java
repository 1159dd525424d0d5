package org.conserve.engine.simulation;

/**
 * The output of {@link OdeSimulator}: states and observables at the output times.
 *
 * <p>Shapes (m = number of recorded outputs, d = dimension, q = number of observables): {@code times}
 * m, {@code states} m x d, {@code observables} m x q (observable o at output i is observables[i][o]).
 * m is {@code steps + 1} when {@code complete}; fewer when a listener stopped the run. Arrays are owned by
 * the trajectory: treat them as read-only.
 *
 * @param times       output times t_i = i T / steps
 * @param states      the state at each output time
 * @param observables the given scalar functions evaluated on each state
 * @param complete    false when a listener stopped the run early
 */
public record OdeTrajectory(double[] times, double[][] states, double[][] observables, boolean complete) {

    public int size() {
        return times.length;
    }
}
