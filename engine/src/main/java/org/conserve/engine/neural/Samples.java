package org.conserve.engine.neural;

import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;

/**
 * Training data: sample points z_p and the rates f(z_p), both [count][d]. The arrays are copied.
 * Every value must be finite (the sampler drops and reports points where f is not), and f must not
 * vanish at every point (then every function is conserved and there is nothing to learn).
 *
 * @param points sample points
 * @param rates  f at each point (finite; points where f is not finite must be dropped before)
 */
public record Samples(double[][] points, double[][] rates) {

    public Samples {
        if (points.length != rates.length) {
            throw new EngineException(EngineError.INVALID_ARGUMENT,
                    "points and rates differ in length: " + points.length + " vs " + rates.length, "rates");
        }
        if (points.length == 0) {
            throw new EngineException(EngineError.NO_SAMPLES, "no sample points");
        }
        int d = points[0].length;
        points = copy(points, d, "points");
        rates = copy(rates, d, "rates");
        boolean moving = false;
        for (double[] rate : rates) {
            for (double component : rate) {
                moving |= component != 0.0;
            }
        }
        if (!moving) {
            throw new EngineException(EngineError.ZERO_FIELD,
                    "f is zero at every sample point: nothing moves, so every function is conserved");
        }
    }

    public int count() {
        return points.length;
    }

    public int dimension() {
        return points[0].length;
    }

    @Override
    public double[][] points() {
        return copy(points, dimension(), "points");
    }

    @Override
    public double[][] rates() {
        return copy(rates, dimension(), "rates");
    }

    double[][] pointsView() {
        return points;
    }

    double[][] ratesView() {
        return rates;
    }

    private static double[][] copy(double[][] rows, int d, String name) {
        double[][] copy = new double[rows.length][];
        for (int p = 0; p < rows.length; p++) {
            if (rows[p].length != d) {
                throw new EngineException(EngineError.INVALID_ARGUMENT,
                        name + "[" + p + "] has length " + rows[p].length + ", expected " + d, name);
            }
            for (int k = 0; k < d; k++) {
                if (!Double.isFinite(rows[p][k])) {
                    throw new EngineException(EngineError.INVALID_ARGUMENT, name + "[" + p + "][" + k + "] is "
                            + rows[p][k] + "; drop points where f is not finite before training", name, p);
                }
            }
            copy[p] = rows[p].clone();
        }
        return copy;
    }
}
