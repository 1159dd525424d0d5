package org.conserve.engine.sampling;

import java.util.SplittableRandom;
import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;
import org.conserve.engine.system.Box;
import org.conserve.engine.system.OdeSystem;
import org.conserve.engine.system.PointFilter;
import org.conserve.engine.system.VectorField;

/**
 * Seeded uniform sampling of an ODE's box, restricted by its {@code where} filter.
 *
 * <p>Each attempt draws one point z with z_i uniform in the box's i-th interval, coordinates in variable
 * order, from a {@link SplittableRandom} seeded with the given seed: the same system, count and seed
 * always give the identical sample (on any machine and JVM, since SplittableRandom's algorithm is
 * specified). A point the filter rejects is counted in {@link SampleSet#rejectedByFilter()}; a point
 * where any component of f is NaN or infinite is counted in {@link SampleSet#droppedNonFinite()}.
 *
 * <p>Never hangs: at most {@code maxAttemptsPerPoint * count} points are drawn. If fewer than
 * {@code count} survive, {@link EngineError#NO_SAMPLES} says which stage rejected them and what to change.
 *
 * <p>Instances are immutable and thread-safe (each call has its own random generator and buffers).
 */
public final class OdeSampler {

    /** Default cap on draws per requested point. */
    public static final int DEFAULT_MAX_ATTEMPTS_PER_POINT = 1000;

    private final int maxAttemptsPerPoint;

    public OdeSampler() {
        this(DEFAULT_MAX_ATTEMPTS_PER_POINT);
    }

    /** @param maxAttemptsPerPoint cap on draws per requested point, at least 1 */
    public OdeSampler(int maxAttemptsPerPoint) {
        if (maxAttemptsPerPoint < 1) {
            throw new EngineException(EngineError.INVALID_ARGUMENT,
                    "maxAttemptsPerPoint must be at least 1, got " + maxAttemptsPerPoint, maxAttemptsPerPoint);
        }
        this.maxAttemptsPerPoint = maxAttemptsPerPoint;
    }

    /** Samples {@code count} points of the system's box and filter. */
    public SampleSet sample(OdeSystem system, int count, long seed) {
        return sample(system.field(), system.box(), system.where(), count, seed);
    }

    /**
     * Samples {@code count} points uniformly in {@code box} that {@code where} accepts and where f is
     * finite.
     *
     * @throws EngineException INVALID_ARGUMENT if count &lt; 1 or the box and field disagree;
     *                         NO_SAMPLES if the cap on attempts is reached first
     */
    public SampleSet sample(VectorField field, Box box, PointFilter where, int count, long seed) {
        int d = box.dimension();
        if (count < 1) {
            throw new EngineException(EngineError.INVALID_ARGUMENT,
                    "the number of sample points must be at least 1, got " + count, count);
        }
        if (field.dimension() != d) {
            throw new EngineException(EngineError.INVALID_ARGUMENT, "the box has " + d
                    + " intervals but the vector field has dimension " + field.dimension(), d, field.dimension());
        }
        double[] lower = new double[d];
        double[] width = new double[d];
        for (int i = 0; i < d; i++) {
            lower[i] = box.interval(i).min();
            width[i] = box.interval(i).width();
        }
        SplittableRandom random = new SplittableRandom(seed);
        long maxAttempts = (long) maxAttemptsPerPoint * count;
        double[][] points = new double[count][];
        double[][] rates = new double[count][];
        double[] point = new double[d];
        double[] rate = new double[d];
        long rejected = 0;
        long dropped = 0;
        int kept = 0;
        for (long attempt = 0; attempt < maxAttempts && kept < count; attempt++) {
            for (int i = 0; i < d; i++) {
                point[i] = lower[i] + width[i] * random.nextDouble();
            }
            if (!where.accepts(point)) {
                rejected++;
                continue;
            }
            field.evaluate(point, rate);
            if (!allFinite(rate)) {
                dropped++;
                continue;
            }
            points[kept] = point.clone();
            rates[kept] = rate.clone();
            kept++;
        }
        if (kept < count) {
            throw noSamples(count, kept, rejected, dropped);
        }
        return new SampleSet(points, rates, rejected, dropped, seed);
    }

    private static EngineException noSamples(int count, int kept, long rejected, long dropped) {
        long attempts = kept + rejected + dropped;
        String advice;
        if (rejected >= dropped) {
            advice = "the sampling 'where' condition rejected " + rejected + " of them: relax 'where' or move"
                    + " sampling.box to where the condition holds";
        } else {
            advice = "the equations were not finite (NaN or infinite) at " + dropped + " of them: move"
                    + " sampling.box away from the singularities, or exclude them with 'where'";
        }
        String message = "found only " + kept + " of the " + count + " requested sample points in " + attempts
                + " random draws; " + advice + (kept > 0 ? ", or ask for fewer points" : "") + ".";
        return new EngineException(EngineError.NO_SAMPLES, message, count, kept, rejected, dropped);
    }

    static boolean allFinite(double[] values) {
        for (double value : values) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }
}
