package org.conserve.engine.system;

import java.util.List;

/** A product of intervals, one per coordinate, in the system's variable order. */
public record Box(List<Interval> intervals) {
    public Box {
        intervals = List.copyOf(intervals);
        if (intervals.isEmpty()) {
            throw new IllegalArgumentException("a box needs at least one interval");
        }
    }

    public int dimension() {
        return intervals.size();
    }

    public Interval interval(int coordinate) {
        return intervals.get(coordinate);
    }
}
