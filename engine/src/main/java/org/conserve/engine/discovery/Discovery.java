package org.conserve.engine.discovery;

import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;
import org.conserve.engine.independence.IndependenceAnalysis;
import org.conserve.engine.independence.IndependenceReport;
import org.conserve.engine.neural.PrecisionTrainer;
import org.conserve.engine.neural.PrecisionTraining;
import org.conserve.engine.neural.ConservationTrainer;
import org.conserve.engine.neural.InductiveBias;
import org.conserve.engine.neural.Samples;
import org.conserve.engine.neural.TrainedModel;
import org.conserve.engine.neural.TrainingConfig;
import org.conserve.engine.sampling.FieldChecks;
import org.conserve.engine.sampling.OdeSampler;
import org.conserve.engine.sampling.SampleSet;
import org.conserve.engine.system.OdeSystem;

/**
 * Neural discovery of an ODE's conservation laws, end to end: sample the box, train n networks whose
 * gradients are orthogonal to f (AI Poincare 2.0), and count how many are functionally independent on
 * fresh held-out points of the same box.
 *
 * <p>Seeds: the training points are drawn with {@code seed}, the held-out points with a seed derived
 * from it, and the networks are initialised and batched with {@code seed}; so one seed fixes the whole
 * run (bit for bit on the CPU backend with the same thread count). Held-out points guard against a
 * network that is conserved only on the points it was trained on: the result's conservation losses
 * l1 are measured on them, and a network counts only if its held-out l1 is within the tolerance.
 *
 * <p>Reusable, immutable configuration ({@code withX} copies); each {@link #run} is independent, so
 * concurrent runs are safe.
 *
 * @param samples         training points; 0 means {@link #defaultSamples(int)} of the dimension
 * @param heldOut         held-out points for the count; 0 means as many as the training points
 * @param seed            the run's seed
 * @param training        training configuration (its own seed is replaced by {@code seed})
 * @param analysis        thresholds of the independence count
 * @param conservationTolerance a network whose final conservation loss l1 is above this is not
 *                        conserved and is left out of the count (l1 is a mean squared cosine between
 *                        grad H and f: about 1/d for an arbitrary function, 1e-7 for a trained law)
 * @param bias            the structure of the networks ({@link InductiveBias#NONE}, the default: plain
 *                        MLPs); a bias from the system file, e.g. {@code sum K(body) + sum V(r_ij)}, can
 *                        only learn laws of its form
 * @param precisionIterations 0 for the Adam and L-BFGS trainer; otherwise plain networks are trained by
 *                        {@link PrecisionTrainer} with at most this many BFGS iterations each, and the count is
 *                        the number whose independent parts reach precision (a bias other than none is refused)
 */
public record Discovery(int samples, int heldOut, long seed, TrainingConfig training, IndependenceAnalysis analysis,
                        double conservationTolerance, InductiveBias bias, int precisionIterations) {

    /** Default {@link #conservationTolerance()}: the trainer's, {@link TrainedModel#CONSERVED_L1}. */
    public static final double DEFAULT_CONSERVATION_TOLERANCE = TrainedModel.CONSERVED_L1;

    /** Points per dimension by default: enough to pin n networks of a few thousand parameters. */
    public static final int SAMPLES_PER_DIMENSION = 250;

    /** Offset between the training and the held-out sampling seeds (an odd 64-bit constant). */
    private static final long HELD_OUT_SEED_OFFSET = 0x9E3779B97F4A7C15L;

    public Discovery {
        if (samples < 0 || heldOut < 0) {
            String name = samples < 0 ? "samples" : "heldOut";
            throw new EngineException(EngineError.INVALID_ARGUMENT, "the number of " + name
                    + " points must be positive (or 0 for the default), got " + Math.min(samples, heldOut), name);
        }
        if (!(conservationTolerance > 0 && conservationTolerance < 1)) {
            throw new EngineException(EngineError.INVALID_ARGUMENT, "the conservation tolerance must be in (0, 1), got "
                    + conservationTolerance, "conservationTolerance", conservationTolerance);
        }
        bias = bias == null ? InductiveBias.NONE : bias;
        if (precisionIterations < 0) {
            throw new EngineException(EngineError.INVALID_ARGUMENT, "precision iterations must be >= 0, got "
                    + precisionIterations, "precisionIterations", precisionIterations);
        }
        if (precisionIterations > 0 && !(bias instanceof InductiveBias.None)) {
            throw new EngineException(EngineError.INVALID_ARGUMENT, "the precision trainer trains plain networks; "
                    + "it cannot take the bias " + bias.describe(), "bias");
        }
        if (training == null || analysis == null) {
            throw new EngineException(EngineError.INVALID_ARGUMENT, "training and analysis settings are required");
        }
    }

    /** Default sampling, seed 1, the trainer's and the analysis' defaults. */
    public static Discovery defaults() {
        return new Discovery(0, 0, 1L, TrainingConfig.defaults(), IndependenceAnalysis.defaults(),
                DEFAULT_CONSERVATION_TOLERANCE, InductiveBias.NONE, 0);
    }

    /** The default number of training points for dimension d. */
    public static int defaultSamples(int dimension) {
        return SAMPLES_PER_DIMENSION * dimension;
    }

    public Discovery withSamples(int value) {
        return new Discovery(value, heldOut, seed, training, analysis, conservationTolerance, bias, precisionIterations);
    }

    public Discovery withHeldOut(int value) {
        return new Discovery(samples, value, seed, training, analysis, conservationTolerance, bias, precisionIterations);
    }

    public Discovery withSeed(long value) {
        return new Discovery(samples, heldOut, value, training, analysis, conservationTolerance, bias, precisionIterations);
    }

    public Discovery withTraining(TrainingConfig value) {
        return new Discovery(samples, heldOut, seed, value, analysis, conservationTolerance, bias, precisionIterations);
    }

    public Discovery withAnalysis(IndependenceAnalysis value) {
        return new Discovery(samples, heldOut, seed, training, value, conservationTolerance, bias, precisionIterations);
    }

    public Discovery withConservationTolerance(double value) {
        return new Discovery(samples, heldOut, seed, training, analysis, value, bias, precisionIterations);
    }

    /** This discovery with networks of the structure {@code value} (null: none). */
    public Discovery withBias(InductiveBias value) {
        return new Discovery(samples, heldOut, seed, training, analysis, conservationTolerance, value, precisionIterations);
    }

    /**
     * This discovery trained by {@link PrecisionTrainer} with at most {@code iterations} BFGS iterations per
     * network (0: by Adam and L-BFGS).
     */
    public Discovery withPrecisionIterations(int iterations) {
        return new Discovery(samples, heldOut, seed, training, analysis, conservationTolerance, bias, iterations);
    }

    /** The number of training points this configuration draws for dimension d. */
    public int samplesFor(int dimension) {
        return samples == 0 ? defaultSamples(dimension) : samples;
    }

    /** Runs without progress reports. */
    public NeuralResult run(OdeSystem system) {
        return run(system, DiscoveryListener.NONE);
    }

    /**
     * Samples, trains and counts. Points where f is not finite are dropped and counted in
     * {@link SampleCounts#droppedNonFinite()}.
     *
     * @throws EngineException INVALID_ARGUMENT for fewer samples than dimensions; NO_SAMPLES when the
     *                         box, filter and finite f leave too few points; ZERO_FIELD when f is zero
     *                         on every sample; DIVERGED when the loss stops being finite
     */
    public NeuralResult run(OdeSystem system, DiscoveryListener listener) {
        long start = System.nanoTime();
        int d = system.dimension();
        int count = samplesFor(d);
        if (count < d) {
            throw new EngineException(EngineError.INVALID_ARGUMENT, "samples: " + count
                    + " points are fewer than the dimension " + d + "; ask for at least " + d
                    + " (about " + defaultSamples(d) + " are usual)", "samples", count);
        }
        OdeSampler sampler = new OdeSampler();
        listener.onStage(DiscoveryStage.SAMPLING, count + " points in the box, seed " + seed);
        SampleSet training = sampler.sample(system, count, seed);
        FieldChecks.requireNonZeroField(training);

        TrainingConfig config = this.training.withSeed(seed);
        int heldOutCount = heldOut == 0 ? count : heldOut;
        if (precisionIterations > 0) {
            return runPrecision(system, listener, start, training, config, heldOutCount);
        }
        listener.onStage(DiscoveryStage.TRAINING, config.networksFor(d) + " networks of " + config.depth()
                + " x " + config.width() + " on " + count + " points, lambda " + config.lambda()
                + (bias instanceof InductiveBias.None ? "" : ", bias " + bias.describe()));
        TrainedModel model = new ConservationTrainer(config).train(new Samples(training.points(), training.rates()),
                bias, listener);

        listener.onStage(DiscoveryStage.COUNTING, "independence of the networks on " + heldOutCount
                + " held-out points" + (model.stopped() ? " (training was stopped: partial result)" : ""));
        SampleSet fresh = sampler.sample(system, heldOutCount, seed + HELD_OUT_SEED_OFFSET);
        // judged where it was not fitted: d scalar conditions per point against thousands of parameters
        double[][][] gradients = model.gradientsAt(fresh.points());
        model = model.withConservationLosses(model.l1PerNetworkFrom(gradients, fresh.rates()));
        int[] conserved = model.conservedNetworks(conservationTolerance);
        IndependenceReport report = model.countIndependentFrom(analysis, gradients, conservationTolerance);
        return finish(system, listener, start, training, fresh, report, model, conserved, null, report.decision());
    }

    /**
     * Training by {@link PrecisionTrainer}: the held-out points are drawn first, since the trainer judges each
     * network on them; the independence analysis then runs over the accepted networks only.
     */
    private NeuralResult runPrecision(OdeSystem system, DiscoveryListener listener, long start, SampleSet training,
                                      TrainingConfig config, int heldOutCount) {
        int d = system.dimension();
        SampleSet fresh = new OdeSampler().sample(system, heldOutCount, seed + HELD_OUT_SEED_OFFSET);
        listener.onStage(DiscoveryStage.TRAINING, "up to " + Math.min(config.networksFor(d), d) + " networks of "
                + config.depth() + " x " + config.width() + " (" + config.activation().name().toLowerCase()
                + ") on " + training.size() + " points, one at a time against the accepted ones, dense BFGS");
        PrecisionTraining trained = new PrecisionTrainer(config, precisionIterations).train(
                new Samples(training.points(), training.rates()), new Samples(fresh.points(), fresh.rates()),
                listener);
        TrainedModel model = trained.model().withConservationLosses(
                trained.fits().stream().mapToDouble(fit -> fit.heldOutL1()).toArray());
        listener.onStage(DiscoveryStage.COUNTING, "networks whose independent part reached held-out l1 "
                + PrecisionTrainer.PRECISE_L1 + ": " + trained.count()
                + (model.stopped() ? " (training was stopped: partial result)" : ""));
        int[] accepted = java.util.stream.IntStream.range(0, trained.count()).toArray();
        IndependenceReport report = accepted.length == 0 ? IndependenceReport.none(analysis, fresh.size())
                : analysis.analyse(model.restrictedTo(accepted), fresh.points());
        return finish(system, listener, start, training, fresh, report, model, accepted, trained,
                trained.count() + " independent (the networks whose independent part is conserved)");
    }

    /** The result of either trainer, with the sample counts and provenance, announced as done. */
    private NeuralResult finish(OdeSystem system, DiscoveryListener listener, long start, SampleSet training,
                                SampleSet fresh, IndependenceReport report, TrainedModel model, int[] conserved,
                                PrecisionTraining precision, String decision) {
        SampleCounts counts = new SampleCounts(samplesFor(system.dimension()), training.size(),
                training.rejectedByFilter(), training.droppedNonFinite(), fresh.size());
        Provenance provenance = new Provenance(seed, model.backend(), model.nd4jVersion(),
                System.getProperty("java.version"));
        NeuralResult result = new NeuralResult(system.name(), system.dimension(), report, model, conserved, counts,
                provenance, (System.nanoTime() - start) / 1e9, precision);
        listener.onStage(DiscoveryStage.DONE, decision);
        return result;
    }
}
