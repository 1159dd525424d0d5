package org.conserve.engine.neural;

import java.util.List;
import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;
import org.conserve.engine.system.Jet;
import org.conserve.engine.system.PdeSystem;
import org.conserve.engine.system.PeriodicGrid;

/**
 * What a local density network reads: the grid (N points), the jet layout of the PDE and the density
 * features (jet indices, e.g. u and u_x). The discrete state has m = F N numbers for F fields.
 * Immutable.
 *
 * @param grid     the periodic grid
 * @param jet      the jet layout
 * @param features the density features as jet indices, in order (at least one)
 */
public record DensityLayout(PeriodicGrid grid, Jet jet, List<Integer> features) {

    public DensityLayout {
        features = List.copyOf(features);
        if (features.isEmpty()) {
            throw new EngineException(EngineError.INVALID_ARGUMENT,
                    "a density needs at least one feature (the file's density: list)", "density");
        }
        for (int index : features) {
            if (index < 0 || index >= jet.size()) {
                throw new EngineException(EngineError.INVALID_ARGUMENT, "density feature index " + index
                        + " is outside the jet of size " + jet.size(), "density", index);
            }
        }
    }

    /** The layout of a PDE system's density. */
    public static DensityLayout of(PdeSystem system) {
        return new DensityLayout(system.grid(), system.jet(), system.densityFeatures());
    }

    /** The number m = F N of numbers in a discrete state. */
    public int stateDimension() {
        return jet.fields().size() * grid.points();
    }

    /** The number of features a density reads. */
    public int featureCount() {
        return features.size();
    }
}
