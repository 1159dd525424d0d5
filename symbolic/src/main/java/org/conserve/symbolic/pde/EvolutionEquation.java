package org.conserve.symbolic.pde;

import java.util.List;

/**
 * A polynomial evolution system {@code u_f,t = F_f(u, u_x, ...)}, one rate per field, over a jet
 * space. Immutable and thread-safe.
 *
 * @param space the jet the rates are written in (its fields are the equation's fields)
 * @param rates F_f for every field f, in field order
 */
public record EvolutionEquation(JetSpace space, List<JetPolynomial> rates) {
    public EvolutionEquation {
        rates = List.copyOf(rates);
        if (rates.size() != space.fieldCount()) {
            throw new IllegalArgumentException("one rate per field is needed, got " + rates.size()
                    + " for " + space.fieldCount() + " fields");
        }
        for (JetPolynomial rate : rates) {
            if (!rate.space().equals(space)) {
                throw new IllegalArgumentException("every rate must be written over the equation's jet space");
            }
        }
    }

    /** The highest x-derivative in any rate (0 for an ODE-like system). */
    public int order() {
        int order = 0;
        for (JetPolynomial rate : rates) {
            order = Math.max(order, rate.maxOrder());
        }
        return order;
    }
}
