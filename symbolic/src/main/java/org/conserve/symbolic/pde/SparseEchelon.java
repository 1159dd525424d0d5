package org.conserve.symbolic.pde;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An incrementally built echelon basis of sparse rational vectors indexed by keys of type K; it
 * answers "is this vector independent of those accepted so far?". Mutable; not thread-safe.
 *
 * <p>Each stored row is reduced against the earlier rows, so it is zero at their pivots; reducing a
 * new vector against the rows in insertion order therefore never re-creates an eliminated pivot.
 */
final class SparseEchelon<K> {
    private final List<Map<K, Rational>> rows = new ArrayList<>();
    private final List<K> pivots = new ArrayList<>();

    /** Adds the vector if it is independent of the stored ones; returns whether it was. */
    boolean add(Map<K, Rational> vector) {
        Map<K, Rational> reduced = new HashMap<>(vector);
        reduced.values().removeIf(Rational::isZero);
        for (int i = 0; i < rows.size() && !reduced.isEmpty(); i++) {
            Rational entry = reduced.get(pivots.get(i));
            if (entry == null) {
                continue;
            }
            Map<K, Rational> row = rows.get(i);
            Rational factor = entry.divide(row.get(pivots.get(i)));
            for (Map.Entry<K, Rational> e : row.entrySet()) {
                Rational updated = reduced.getOrDefault(e.getKey(), Rational.ZERO).subtract(factor.multiply(e.getValue()));
                if (updated.isZero()) {
                    reduced.remove(e.getKey());
                } else {
                    reduced.put(e.getKey(), updated);
                }
            }
        }
        if (reduced.isEmpty()) {
            return false;
        }
        rows.add(reduced);
        pivots.add(reduced.keySet().iterator().next());
        return true;
    }

    int rank() {
        return rows.size();
    }
}
