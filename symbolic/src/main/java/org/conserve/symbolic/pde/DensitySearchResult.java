package org.conserve.symbolic.pde;

import java.util.List;

/**
 * The outcome of a density search: the weights it used, the densities it found (independent modulo
 * total derivatives, lowest rank first), and where it looked.
 *
 * @param weights   the scaling weights
 * @param densities the non-trivial independent densities
 * @param ranks     one summary per rank searched
 * @param seconds   wall time of the search
 */
public record DensitySearchResult(ScalingWeights weights, List<ConservedDensity> densities,
                                  List<RankSummary> ranks, double seconds) {
    public DensitySearchResult {
        densities = List.copyOf(densities);
        ranks = List.copyOf(ranks);
    }

    /**
     * What one rank contributed.
     *
     * @param rank       the rank
     * @param candidates candidate terms built from the allowed features
     * @param reduced    candidates left after removing total derivatives (the basis solved in)
     * @param found      independent densities of this rank
     */
    public record RankSummary(Rational rank, int candidates, int reduced, int found) {
    }
}
