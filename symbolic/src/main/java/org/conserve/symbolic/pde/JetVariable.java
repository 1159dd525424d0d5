package org.conserve.symbolic.pde;

/**
 * One coordinate of the jet: field {@code field} differentiated {@code order} times in x.
 *
 * @param field index of the field in the equation's field order
 * @param order number of x-derivatives, at least 0
 */
public record JetVariable(int field, int order) {
    public JetVariable {
        if (field < 0 || order < 0) {
            throw new IllegalArgumentException("field and order must be non-negative");
        }
    }
}
