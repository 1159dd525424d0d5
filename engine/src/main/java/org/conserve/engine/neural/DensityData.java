package org.conserve.engine.neural;

import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;
import org.conserve.engine.sampling.PdeSampleSet;

/**
 * Training data of density networks: S states of a PDE, for each its density features at the N grid
 * points and its rate u_t as one vector of m = F N numbers (field f at f N .. f N + N - 1). Checked on
 * construction: at least one state, finite numbers, and u_t not zero on every state (then nothing
 * moves and every functional is conserved). The arrays are shared, not copied: treat as read-only.
 *
 * @param layout   grid, jet and features
 * @param features features[s][i][c]: feature c of state s at grid point x_i
 * @param rates    rates[s][f N + i]: u_t of field f of state s at x_i
 */
public record DensityData(DensityLayout layout, double[][][] features, double[][] rates) {

    public DensityData {
        if (features.length == 0 || rates.length == 0) {
            throw new EngineException(EngineError.NO_SAMPLES, "no PDE states to train on: ask for at least one"
                    + " state (sampling.states)");
        }
        if (features.length != rates.length) {
            throw new EngineException(EngineError.INVALID_ARGUMENT, "features and rates differ in their number of"
                    + " states: " + features.length + " vs " + rates.length, "rates");
        }
        int m = layout.stateDimension();
        boolean moving = false;
        for (int s = 0; s < rates.length; s++) {
            if (rates[s].length != m || features[s].length != layout.grid().points()) {
                throw new EngineException(EngineError.INVALID_ARGUMENT, "state " + s + " does not match the grid of "
                        + layout.grid().points() + " points and " + layout.jet().fields().size() + " fields", "rates", s);
            }
            for (double value : rates[s]) {
                if (!Double.isFinite(value)) {
                    throw new EngineException(EngineError.INVALID_ARGUMENT, "u_t of state " + s + " is not finite;"
                            + " drop such states before training", "rates", s);
                }
                moving |= value != 0.0;
            }
        }
        if (!moving) {
            throw new EngineException(EngineError.ZERO_FIELD, "u_t is zero on all " + rates.length + " sampled"
                    + " states: nothing moves, so every functional is conserved; check the equations");
        }
    }

    /** Regroups a sample set (rows s N + i) by state; the layout must match the set's jet and grid. */
    public static DensityData of(DensityLayout layout, PdeSampleSet samples) {
        int points = layout.grid().points();
        int fields = layout.jet().fields().size();
        int count = samples.stateCount();
        double[][][] features = new double[count][points][];
        double[][] rates = new double[count][fields * points];
        for (int s = 0; s < count; s++) {
            for (int i = 0; i < points; i++) {
                int row = samples.row(s, i);
                features[s][i] = samples.features()[row];
                for (int f = 0; f < fields; f++) {
                    rates[s][f * points + i] = samples.rates()[row][f];
                }
            }
        }
        return new DensityData(layout, features, rates);
    }

    public int stateCount() {
        return rates.length;
    }

    double[][] features(int state) {
        return features[state];
    }

    double[] rate(int state) {
        return rates[state];
    }
}
