package org.conserve.engine.discovery;

import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;
import org.conserve.engine.independence.ConservedCombinations;
import org.conserve.engine.independence.IndependenceAnalysis;
import org.conserve.engine.independence.IndependenceReport;
import org.conserve.engine.neural.Activation;
import org.conserve.engine.neural.DensityData;
import org.conserve.engine.neural.DensityLayout;
import org.conserve.engine.neural.DensityTrainer;
import org.conserve.engine.neural.TrainedModel;
import org.conserve.engine.neural.TrainingConfig;
import org.conserve.engine.sampling.PdeSampleSet;
import org.conserve.engine.sampling.PdeSampler;
import org.conserve.engine.sampling.PdeSamplingSettings;
import org.conserve.engine.system.PdeSystem;
import org.conserve.engine.system.PeriodicGrid;

/**
 * Neural discovery of a periodic PDE's conserved functionals with local density networks: sample random
 * smooth states, train n networks h_j on the density features so that {@code H_j[u] = (1/N) sum_i h_j(F_i)}
 * is conserved ({@link DensityTrainer}), and count how many are functionally independent on fresh
 * held-out states: at each held-out state the n x m matrix of unit state gradients dH_j/du goes through
 * the {@link IndependenceAnalysis}, exactly as an ODE's gradients do (the discretised PDE is an ODE of
 * dimension m = fields x grid points).
 *
 * <p>Trivial densities (total derivatives such as u u_x) have a zero functional gradient; the loss's
 * collapse guard scores them as not conserved and the analysis excludes collapsed functions, so they
 * are never counted.
 *
 * <p>Seeds: training states with {@code seed}, held-out states with a derived seed, networks with
 * {@code seed}. Immutable; each {@link #run} is independent.
 *
 * @param states                training states; 0 means the sampling settings' {@code states}
 * @param heldOutStates         held-out states for the count; 0 means {@link #DEFAULT_HELD_OUT_STATES}
 * @param seed                  the run's seed
 * @param training              training configuration (its seed is replaced by {@code seed}; its
 *                              {@code networks} 0 means {@link #defaultNetworks(int)})
 * @param analysis              thresholds of the independence count
 * @param conservationTolerance largest final l1 of a network that counts as conserved
 */
public record PdeDiscovery(int states, int heldOutStates, long seed, TrainingConfig training,
                           IndependenceAnalysis analysis, double conservationTolerance) {

    /** Held-out states by default. */
    public static final int DEFAULT_HELD_OUT_STATES = 32;

    /** Default {@link #conservationTolerance()}; see docs/decisions/neural-defaults.md (PDE section). */
    public static final double DEFAULT_CONSERVATION_TOLERANCE = 1e-7;

    /** Training grid points per sampled Fourier mode (see {@link #trainingPoints(int, int)}). */
    public static final int POINTS_PER_MODE = 10;

    /** Most networks chosen by default. */
    public static final int MAX_DEFAULT_NETWORKS = 6;

    private static final long HELD_OUT_SEED_OFFSET = 0x9E3779B97F4A7C15L;

    public PdeDiscovery {
        if (states < 0 || heldOutStates < 0) {
            String name = states < 0 ? "states" : "heldOutStates";
            throw new EngineException(EngineError.INVALID_ARGUMENT, "the number of " + name + " must be positive"
                    + " (or 0 for the default), got " + Math.min(states, heldOutStates), name);
        }
        if (!(conservationTolerance > 0 && conservationTolerance < 1)) {
            throw new EngineException(EngineError.INVALID_ARGUMENT, "the conservation tolerance must be in (0, 1),"
                    + " got " + conservationTolerance, "conservationTolerance", conservationTolerance);
        }
        if (training == null || analysis == null) {
            throw new EngineException(EngineError.INVALID_ARGUMENT, "training and analysis settings are required");
        }
    }

    /**
     * PDE training defaults: networks chosen from the features ({@link #defaultNetworks}), width 16,
     * depth 2, SiLU, lambda 0.1, Adam 1000 steps on batches of 16 states from 1e-2 to 1e-4, then at most
     * 1500 full-batch L-BFGS iterations at lambda 0 (see {@code DensityTrainer}; 600 until round 6 of
     * docs/decisions/neural-defaults.md: with 256 training states KdV (u, u_x) then counts 3 on seeds 1 to 3,
     * where 600 iterations on 64 states counted 3, 2, 2). See docs/decisions/neural-defaults.md (PDE section).
     */
    public static TrainingConfig defaultTraining() {
        return TrainingConfig.defaults().withNetworks(0).withArchitecture(16, 2, Activation.SILU)
                .withAdam(1000, 1e-2, 1e-4, 16).withLbfgs(1500, 20, 0.0).withRestarts(0, 1e-2);
    }

    /** Default states, seed 1, {@link #defaultTraining()}, the analysis defaults. */
    public static PdeDiscovery defaults() {
        return new PdeDiscovery(0, 0, 1L, defaultTraining(), IndependenceAnalysis.defaults(),
                DEFAULT_CONSERVATION_TOLERANCE);
    }

    /**
     * Networks for a density of {@code features} features: features + 2, at most
     * {@link #MAX_DEFAULT_NETWORKS}. Integrable hierarchies gain about one law per feature (KdV: 2, 3, 4
     * for (u), (u, u_x), (u, u_x, u_xx)); one or two more networks than laws show where the count stops.
     */
    public static int defaultNetworks(int features) {
        return Math.min(MAX_DEFAULT_NETWORKS, features + 2);
    }

    public PdeDiscovery withStates(int value) {
        return new PdeDiscovery(value, heldOutStates, seed, training, analysis, conservationTolerance);
    }

    public PdeDiscovery withHeldOutStates(int value) {
        return new PdeDiscovery(states, value, seed, training, analysis, conservationTolerance);
    }

    public PdeDiscovery withSeed(long value) {
        return new PdeDiscovery(states, heldOutStates, value, training, analysis, conservationTolerance);
    }

    public PdeDiscovery withTraining(TrainingConfig value) {
        return new PdeDiscovery(states, heldOutStates, seed, value, analysis, conservationTolerance);
    }

    public PdeDiscovery withAnalysis(IndependenceAnalysis value) {
        return new PdeDiscovery(states, heldOutStates, seed, training, value, conservationTolerance);
    }

    public PdeDiscovery withConservationTolerance(double value) {
        return new PdeDiscovery(states, heldOutStates, seed, training, analysis, value);
    }

    /** Runs without progress reports. */
    public NeuralResult run(PdeSystem system, PdeSamplingSettings sampling) {
        return run(system, sampling, DiscoveryListener.NONE);
    }

    /**
     * Samples, trains and counts. The result's dimension is m = fields x grid points; its model holds the
     * density networks (input: the features).
     *
     * @throws EngineException NO_SAMPLES when the equations are not finite on the random states;
     *                         ZERO_FIELD when u_t is zero on every state; DIVERGED when the loss stops being finite
     */
    public NeuralResult run(PdeSystem system, PdeSamplingSettings sampling, DiscoveryListener listener) {
        long start = System.nanoTime();
        system = onTrainingGrid(system, sampling);
        DensityLayout layout = DensityLayout.of(system);
        int count = states == 0 ? sampling.states() : states;
        PdeSampler sampler = new PdeSampler();
        listener.onStage(DiscoveryStage.SAMPLING, count + " random states of " + system.grid().points()
                + " grid points, seed " + seed);
        PdeSampleSet trainingSet = sampler.sample(system, withStates(sampling, count), seed);
        DensityData data = DensityData.of(layout, trainingSet);

        TrainingConfig config = training.withSeed(seed);
        if (config.networks() == 0) {
            config = config.withNetworks(defaultNetworks(layout.featureCount()));
        }
        listener.onStage(DiscoveryStage.TRAINING, config.networks() + " density networks of " + config.depth()
                + " x " + config.width() + " on " + count + " states, lambda " + config.lambda());
        TrainedModel model = new DensityTrainer(config).train(data, listener);

        int heldOut = heldOutStates == 0 ? DEFAULT_HELD_OUT_STATES : heldOutStates;
        listener.onStage(DiscoveryStage.COUNTING, "independence of the functionals on " + heldOut
                + " held-out states" + (model.stopped() ? " (training was stopped: partial result)" : ""));
        PdeSampleSet freshSet = sampler.sample(system, withStates(sampling, heldOut), seed + HELD_OUT_SEED_OFFSET);
        DensityData fresh = DensityData.of(layout, freshSet);
        model = judgedOn(model, fresh);
        int[] conserved = model.conservedNetworks(conservationTolerance);
        IndependenceReport report = IndependenceReport.none(analysis, heldOut);
        if (conserved.length > 0) {
            // density functionals can only depend linearly: count the conserved linear combinations,
            // unmixed, so that two networks on nearly the same law do not hide the second one
            ConservedCombinations combinations = ConservedCombinations.find(
                    DensityTrainer.stateGradients(model, fresh, conserved, 16), fresh.rates(), conservationTolerance);
            if (combinations.count() > 0) {
                report = analysis.analyseGradients(combinations.gradients(), layout.stateDimension());
            }
        }

        SampleCounts counts = new SampleCounts(count, count, 0, trainingSet.droppedNonFinite(), heldOut);
        Provenance provenance = new Provenance(seed, model.backend(), model.nd4jVersion(),
                System.getProperty("java.version"));
        NeuralResult result = new NeuralResult(system.name(), layout.stateDimension(), report, model, conserved,
                counts, provenance, (System.nanoTime() - start) / 1e9);
        listener.onStage(DiscoveryStage.DONE, report.decision());
        return result;
    }

    /**
     * The model with its l1 measured on the held-out states: a functional is conserved only if it is
     * conserved on states it was not trained on. Each training state gives one scalar condition
     * dH/dt = 0 per network, fewer than a network's parameters, so a low training l1 alone can be overfit.
     */
    private static TrainedModel judgedOn(TrainedModel model, DensityData fresh) {
        return model.withConservationLosses(DensityTrainer.l1PerNetwork(model, fresh));
    }

    /**
     * The grid the functionals are trained and counted on: the file's, or a coarser grid on the same
     * interval with {@link #trainingPoints(int, int)} points. The random states have only
     * {@code modes} Fourier modes, so their features are exact on the coarse grid, and the grid sum of
     * a polynomial density of degree q is the exact integral while q modes fit below the Nyquist mode
     * (the conserved densities of KdV and NLS up to (u, u_x, u_xx) have degree at most 4); a smooth
     * network density's aliasing error decays exponentially. Cost is proportional to the points, so
     * KdV's 256-point grid trains 4 times faster on 64.
     */
    static PdeSystem onTrainingGrid(PdeSystem system, PdeSamplingSettings sampling) {
        int points = trainingPoints(system.grid().points(), sampling.modes());
        if (points == system.grid().points()) {
            return system;
        }
        return new PdeSystem(system.name(), system.description(), system.jet(),
                new PeriodicGrid(system.grid().domain(), points), system.rate(), system.linear(),
                system.densityFeatures(), system.expectedCount(), system.expectedLaws());
    }

    /**
     * Grid points for training: {@link #POINTS_PER_MODE} per sampled mode, rounded up to a power of two,
     * at least 32, never more than the file's grid.
     */
    public static int trainingPoints(int filePoints, int modes) {
        int points = 32;
        while (points < POINTS_PER_MODE * modes) {
            points *= 2;
        }
        return Math.min(filePoints, points);
    }

    private static PdeSamplingSettings withStates(PdeSamplingSettings settings, int count) {
        return new PdeSamplingSettings(count, settings.modes(), settings.amplitude(), settings.mean());
    }
}
