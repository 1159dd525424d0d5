package org.conserve.symbolic.pde;

import java.util.List;

/**
 * The jet coordinates u_{f,k} (field f, k x-derivatives, k &lt;= maxOrder) that polynomials of one
 * computation live in, with their display names (u, u_x, u_xx, ...). Immutable and thread-safe.
 *
 * @param fields   field names in equation order
 * @param maxOrder the highest derivative order a polynomial may contain
 */
public record JetSpace(List<String> fields, int maxOrder) {
    public JetSpace {
        fields = List.copyOf(fields);
        if (fields.isEmpty() || maxOrder < 0) {
            throw new IllegalArgumentException("a jet space needs at least one field and maxOrder >= 0");
        }
    }

    /** Number of coordinates, fields * (maxOrder + 1). */
    public int size() {
        return fields.size() * (maxOrder + 1);
    }

    public int fieldCount() {
        return fields.size();
    }

    /** Position of u_{field,order} in an exponent vector. */
    public int index(int field, int order) {
        if (order > maxOrder) {
            throw new IllegalStateException("derivative order " + order + " exceeds the working jet order " + maxOrder);
        }
        return field * (maxOrder + 1) + order;
    }

    public int index(JetVariable variable) {
        return index(variable.field(), variable.order());
    }

    public int fieldOf(int index) {
        return index / (maxOrder + 1);
    }

    public int orderOf(int index) {
        return index % (maxOrder + 1);
    }

    public JetVariable variable(int index) {
        return new JetVariable(fieldOf(index), orderOf(index));
    }

    /** The same fields with another derivative bound. */
    public JetSpace withMaxOrder(int order) {
        return new JetSpace(fields, order);
    }

    /** u, u_x, u_xx, ... as written in system files. */
    public String name(int index) {
        int order = orderOf(index);
        return fields.get(fieldOf(index)) + (order == 0 ? "" : "_" + "x".repeat(order));
    }
}
