package org.conserve.engine.sampling;

import org.conserve.engine.system.Jet;
import org.conserve.engine.system.PeriodicGrid;

/**
 * Random periodic states of a PDE and, at every grid point of every state, the jet, the rates F and the
 * density features, as produced by {@link PdeSampler}.
 *
 * <p>Shapes (S states, n grid points, F fields, J = jet size, D = number of density features); a row
 * index {@code r = s * n + j} means state s at grid point x_j:
 * <ul>
 *   <li>{@code states}: S x F x n, the field values;</li>
 *   <li>{@code jets}: S n x J, laid out as {@link Jet} says (field values and spectral x-derivatives);</li>
 *   <li>{@code rates}: S n x F, u_t = F(jet) of every field;</li>
 *   <li>{@code features}: S n x D, the jet entries named by the system's density features, in order.</li>
 * </ul>
 * The arrays are owned by this set and shared for speed: treat them as read-only. Immutable by contract.
 *
 * @param jet              the jet layout
 * @param grid             the grid
 * @param droppedNonFinite how many drawn states were discarded because F was not finite somewhere on them
 * @param seed             the seed (same system, settings and seed give the identical set)
 */
public record PdeSampleSet(Jet jet, PeriodicGrid grid, double[][][] states, double[][] jets, double[][] rates,
                           double[][] features, long droppedNonFinite, long seed) {

    /** The number S of states. */
    public int stateCount() {
        return states.length;
    }

    /** The number of rows S n of jets, rates and features. */
    public int rows() {
        return jets.length;
    }

    /** The row of state s at grid point j. */
    public int row(int state, int point) {
        return state * grid.points() + point;
    }
}
