package org.conserve.engine.discovery;

import org.conserve.engine.independence.IndependenceReport;
import org.conserve.engine.neural.TrainedModel;

/**
 * The outcome of neural discovery on one system: how many functionally independent conserved
 * quantities the trained networks represent, how sure that is, and how well the networks conserve.
 * Immutable (its parts are immutable) and safe to share between threads.
 *
 * <p>The count is the number of point-averaged explained ratios above the threshold
 * ({@link IndependenceReport#count()}, AI Poincare 2.0's criterion); the confidence is the fraction of
 * held-out points whose own rank agrees with the majority rank ({@link IndependenceReport#confidence()}).
 *
 * @param system       the system's display name
 * @param dimension    phase-space dimension d
 * @param independence the independence analysis on the held-out points, of the conserved networks only
 *                     (its indices, e.g. {@code collapsed}, refer to {@code conservedNetworks})
 * @param model        the trained networks; its conservation losses l1 are those on the held-out points
 *                     (points or states not trained on), its l2 that on the training points
 * @param conservedNetworks indices of the networks whose l1 is within the conservation tolerance:
 *                     the ones the count is taken over
 * @param samples      how many points were drawn, used and dropped
 * @param provenance   seed and software
 * @param seconds      wall time of the whole run (sampling, training, counting)
 * @param precision    each network's fit when the networks were trained by
 *                     {@link org.conserve.engine.neural.PrecisionTrainer} (then the conserved networks are the
 *                     accepted ones); null for the Adam and L-BFGS trainer
 */
public record NeuralResult(
        String system,
        int dimension,
        IndependenceReport independence,
        TrainedModel model,
        int[] conservedNetworks,
        SampleCounts samples,
        Provenance provenance,
        double seconds,
        org.conserve.engine.neural.PrecisionTraining precision) {

    public NeuralResult {
        conservedNetworks = conservedNetworks.clone();
    }

    /** A result of the Adam and L-BFGS trainer (no precision fits). */
    public NeuralResult(String system, int dimension, IndependenceReport independence, TrainedModel model,
                        int[] conservedNetworks, SampleCounts samples, Provenance provenance, double seconds) {
        this(system, dimension, independence, model, conservedNetworks, samples, provenance, seconds, null);
    }

    /** Each network's fit, when the precision trainer ran. */
    public java.util.Optional<org.conserve.engine.neural.PrecisionTraining> precisionFits() {
        return java.util.Optional.ofNullable(precision);
    }

    @Override
    public int[] conservedNetworks() {
        return conservedNetworks.clone();
    }

    /**
     * The number of independent conserved quantities found: for the precision trainer the networks it accepted
     * (each one's independent part conserved, which is what functional independence means), otherwise the
     * independence analysis' count. For the precision trainer the analysis' explained-ratio spectrum stays a
     * second opinion: a network that is mostly a function of the others plus a conserved new part has a tiny
     * explained ratio, below the spectrum's floor, though it is independent.
     */
    public int count() {
        return precision != null ? precision.count() : independence.count();
    }

    /** Fraction of held-out points whose per-point rank agrees with the majority. */
    public double confidence() {
        return independence.confidence();
    }

    /** Averaged explained ratios, descending, one per conserved network. */
    public double[] explainedRatios() {
        return independence.explainedRatios();
    }

    /** Which criterion decided the count: the largest gap in the spectrum, or the fixed threshold. */
    public org.conserve.engine.independence.CountRule countRule() {
        return independence.rule();
    }

    /** The fixed explained-ratio threshold (it decides the count when the spectrum shows no clear gap). */
    public double threshold() {
        return independence.threshold();
    }

    /** Ratio of the last counted to the first uncounted explained ratio (infinite if all count). */
    public double gap() {
        return independence.gap();
    }

    /** Conservation loss l1 of each network on the held-out points (what decided which networks count). */
    public double[] conservationLoss() {
        return model.l1PerNetwork();
    }

    /** Number of networks trained. */
    public int networks() {
        return model.functionCount();
    }

    /** True when a listener stopped training early: the count is that of partly trained networks. */
    public boolean stopped() {
        return model.stopped();
    }
}
