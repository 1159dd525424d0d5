package org.conserve.engine.neural;

/**
 * The networks behind n conserved quantities on d variables: one MLP per quantity ({@link InductiveBias#NONE}),
 * or an additive model with a group network K (input: one group's coordinates) and a distance network V
 * (input: one distance), each n-fold (see {@link AdditiveLayout}). It fixes the parameter layout
 * (the parts' {@link Parameters} blocks one after the other in one flat vector) and builds passes.
 *
 * <p>Immutable; thread-safe.
 */
final class ModelStructure {
    private final Architecture architecture;
    private final InductiveBias bias;
    private final AdditiveLayout layout;
    private final Architecture[] parts;
    private final int[] order;

    private ModelStructure(Architecture architecture, InductiveBias bias) {
        this.architecture = architecture;
        this.bias = bias;
        this.layout = bias.layout(architecture.dimension());
        int d = architecture.dimension();
        if (layout == null) {
            parts = new Architecture[] {architecture};
            order = null;
        } else {
            parts = new Architecture[] {
                new Architecture(layout.groupSize(), architecture.networks(), architecture.width(),
                        architecture.depth(), architecture.activation()),
                new Architecture(1, architecture.networks(), architecture.width(), architecture.depth(),
                        architecture.activation())};
            order = layout.order().clone();
        }
        assert order == null || order.length == d;
    }

    /** The structure of {@code architecture}'s n networks on d variables under {@code bias}. */
    static ModelStructure of(Architecture architecture, InductiveBias bias) {
        return new ModelStructure(architecture, bias == null ? InductiveBias.NONE : bias);
    }

    static ModelStructure plain(Architecture architecture) {
        return new ModelStructure(architecture, InductiveBias.NONE);
    }

    Architecture architecture() {
        return architecture;
    }

    InductiveBias bias() {
        return bias;
    }

    boolean isPlain() {
        return layout == null;
    }

    /** The parts' architectures: the MLP alone, or K then V. */
    Architecture[] parts() {
        return parts.clone();
    }

    int parameterCount() {
        int count = 0;
        for (Architecture part : parts) {
            count += part.parameterCount();
        }
        return count;
    }

    /** The system variable of model coordinate k; the identity when plain. */
    int variable(int k) {
        return order == null ? k : order[k];
    }

    /** A pass over batches of {@code batch} points. */
    ModelPass pass(int batch) {
        return layout == null ? new PlainPass(new NetworkPass(architecture, batch))
                : new AdditivePass(layout, parts[0], parts[1], batch);
    }
}
