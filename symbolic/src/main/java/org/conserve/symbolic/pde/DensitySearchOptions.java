package org.conserve.symbolic.pde;

import java.util.List;

/**
 * What the density search looks through.
 *
 * @param maxRank       the highest rank searched (ranks are weights of candidate terms)
 * @param features      the jet coordinates a density may contain; empty means every coordinate
 *                      whose weight does not exceed {@code maxRank}
 * @param maxCandidates the most candidate terms one rank may have before the search stops with
 *                      {@link org.conserve.symbolic.SymbolicError#SEARCH_TOO_LARGE}
 */
public record DensitySearchOptions(int maxRank, List<JetVariable> features, int maxCandidates) {
    public static final int DEFAULT_MAX_CANDIDATES = 3000;

    public DensitySearchOptions {
        features = List.copyOf(features);
        if (maxRank < 1 || maxCandidates < 1) {
            throw new IllegalArgumentException("maxRank and maxCandidates must be positive");
        }
    }

    /** Every rank up to {@code maxRank}, every feature allowed. */
    public static DensitySearchOptions upToRank(int maxRank) {
        return new DensitySearchOptions(maxRank, List.of(), DEFAULT_MAX_CANDIDATES);
    }

    public DensitySearchOptions withFeatures(List<JetVariable> allowed) {
        return new DensitySearchOptions(maxRank, allowed, maxCandidates);
    }

    public DensitySearchOptions withMaxCandidates(int limit) {
        return new DensitySearchOptions(maxRank, features, limit);
    }
}
