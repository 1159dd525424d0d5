package org.conserve.symbolic.discovery;

import java.util.List;
import java.util.Optional;

import org.conserve.engine.independence.GradientSource;

/**
 * What the symbolic search found for a system: the independent laws, where it looked, how long it took.
 * Immutable.
 *
 * @param method  "sid-law-search" (ODE null-space search) or "density-search" (PDE scaling homogeneity)
 * @param count   number of functionally independent laws (ODE) or of densities independent modulo
 *                total derivatives (PDE)
 * @param basis   the candidates searched, with the user's names (ODE: the basis functions; PDE: one
 *                line per rank with its candidate count), so that "nothing found" says where it looked
 * @param laws    the laws, counted ones first
 * @param seconds wall time
 * @param note    how the search ended, for a person
 * @param gradients ODE: the exact gradients of the counted laws, to compare them with the neural
 *                  networks ({@link Agreement}); empty for a PDE or when no law was counted
 */
public record SymbolicOutcome(String method, int count, List<String> basis, List<SymbolicLaw> laws, double seconds,
                              String note, Optional<GradientSource> gradients) {
    public SymbolicOutcome {
        basis = List.copyOf(basis);
        laws = List.copyOf(laws);
    }
}
