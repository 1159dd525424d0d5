package org.conserve.symbolic.pde;

/**
 * A non-trivial conserved density h found by the search: D_t h is a total x-derivative, h is not.
 *
 * @param rank    the rank (weight) of its terms; the highest rank for a non-uniform equation
 * @param density h over the equation's jet space, normalised so its first term has coefficient 1
 */
public record ConservedDensity(Rational rank, JetPolynomial density) {
    @Override
    public String toString() {
        return "rank " + rank + ": " + density;
    }
}
