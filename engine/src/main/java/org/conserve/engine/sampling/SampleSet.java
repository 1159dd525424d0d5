package org.conserve.engine.sampling;

/**
 * Points of an ODE's phase space and the vector field at them, as produced by {@link OdeSampler}.
 *
 * <p>Shapes: {@code points} and {@code rates} are n x d (row p is point z_p and f(z_p)). The arrays are
 * owned by this set and shared with callers for speed: treat them as read-only. Immutable by contract,
 * safe to share between threads once built.
 *
 * @param points           n x d sampled states, every row inside the box and accepted by the filter
 * @param rates            n x d values f(z_p), every entry finite
 * @param rejectedByFilter how many drawn points the {@code where} condition rejected
 * @param droppedNonFinite how many accepted points were dropped because some component of f was not
 *                         finite there (NaN or infinite)
 * @param seed             the seed the points were drawn with (same seed, same set)
 */
public record SampleSet(double[][] points, double[][] rates, long rejectedByFilter, long droppedNonFinite,
                        long seed) {

    public SampleSet {
        if (points.length != rates.length) {
            throw new IllegalArgumentException("points and rates need the same number of rows");
        }
    }

    /** The number n of points. */
    public int size() {
        return points.length;
    }

    /** The dimension d of the phase space. */
    public int dimension() {
        return points.length == 0 ? 0 : points[0].length;
    }

    /** How many points were drawn in all: kept, rejected by the filter, dropped for non-finite f. */
    public long attempts() {
        return size() + rejectedByFilter + droppedNonFinite;
    }
}
