package org.conserve.engine.neural;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The parameters of a {@link ModelStructure}: one flat float64 vector (what optimisers work on), and
 * a {@link Parameters} view per part into consecutive blocks of it. The same layout serves gradients.
 *
 * <p>Not thread-safe (mutable views).
 */
final class ModelParameters {
    private final INDArray flat;
    private final Parameters[] parts;

    ModelParameters(ModelStructure structure) {
        this(structure, Nd4j.zeros(DataType.DOUBLE, structure.parameterCount()));
    }

    ModelParameters(ModelStructure structure, INDArray flat) {
        this.flat = flat;
        Architecture[] architectures = structure.parts();
        parts = new Parameters[architectures.length];
        if (architectures.length == 1) {
            parts[0] = new Parameters(architectures[0], flat);
            return;
        }
        long offset = 0;
        for (int k = 0; k < architectures.length; k++) {
            long count = architectures[k].parameterCount();
            // a contiguous interval of a vector is a view (ModelParametersTest checks writes go through)
            parts[k] = new Parameters(architectures[k], flat.get(NDArrayIndex.interval(offset, offset + count)));
            offset += count;
        }
    }

    private ModelParameters(Parameters plain) {
        this.flat = plain.flat();
        this.parts = new Parameters[] {plain};
    }

    /** The parameters of a plain model, wrapped (they share the vector). */
    static ModelParameters of(Parameters plain) {
        return new ModelParameters(plain);
    }

    INDArray flat() {
        return flat;
    }

    /** Part k: the MLP of a plain model; K (0) or V (1) of an additive one. */
    Parameters part(int k) {
        return parts[k];
    }

    int partCount() {
        return parts.length;
    }
}
