package org.conserve.engine.system;

import java.util.List;

/**
 * Layout of a PDE jet: the values of every field and its x-derivatives up to {@code maxOrder} at one
 * grid point, packed as {@code [u, u_x, u_xx, ..., v, v_x, ...]}. The entry of field f and order k
 * is at {@code f * (maxOrder + 1) + k}.
 *
 * @param fields   field names in file order
 * @param maxOrder the highest x-derivative any equation or density uses (at least 0)
 */
public record Jet(List<String> fields, int maxOrder) {
    public Jet {
        fields = List.copyOf(fields);
        if (fields.isEmpty() || maxOrder < 0) {
            throw new IllegalArgumentException("a jet needs at least one field and maxOrder >= 0");
        }
    }

    public int size() {
        return fields.size() * (maxOrder + 1);
    }

    public int index(int field, int order) {
        if (order < 0 || order > maxOrder) {
            throw new IndexOutOfBoundsException("derivative order " + order + " outside 0.." + maxOrder);
        }
        return field * (maxOrder + 1) + order;
    }

    /** The name used in files for field f differentiated k times: u, u_x, u_xx, ... */
    public String name(int field, int order) {
        return fields.get(field) + (order == 0 ? "" : "_" + "x".repeat(order));
    }
}
