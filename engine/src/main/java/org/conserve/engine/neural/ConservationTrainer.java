package org.conserve.engine.neural;

import java.time.Duration;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains n conserved-quantity networks jointly on the AI Poincare 2.0 loss (see
 * {@link ConservationLoss}): Adam with an exponentially decaying learning rate, then full-batch
 * L-BFGS to reach high precision. The trainer is reusable configuration; each {@link #train} call
 * builds its own buffers and returns an immutable {@link TrainedModel}.
 *
 * <p>Reproducibility: parameters are initialised from {@link SplittableRandom} with the seed, batch
 * order from {@link Random} with the seed, and every array operation is a deterministic ND4J op in
 * float64, so the same seed gives a bit-identical model on the CPU backend with the same thread
 * count (ND4J reductions split work by thread).
 *
 * <p>Thread-safety: instances are immutable; concurrent {@code train} calls are independent.
 */
public final class ConservationTrainer {
    /** An L-BFGS phase stops when its l1 fell by less than this fraction over {@link #STALL_WINDOW} iterations. */
    static final double STALL_IMPROVEMENT = 0.02;
    /** Relative rise of l2 during an L-BFGS phase that ends lambda's annealing. */
    static final double ANNEAL_L2_RISE = 0.1;
    /** Iterations over which L-BFGS progress is judged. */
    static final int STALL_WINDOW = 50;
    private final TrainingConfig config;

    public ConservationTrainer(TrainingConfig config) {
        this.config = config;
    }

    public TrainingConfig config() {
        return config;
    }

    /** Trains without progress reports. */
    public TrainedModel train(Samples samples) {
        return train(samples, TrainingListener.NONE);
    }

    /** Trains plain MLPs on {@code samples}, reporting to {@code listener}, which may stop the run. */
    public TrainedModel train(Samples samples, TrainingListener listener) {
        return train(samples, InductiveBias.NONE, listener);
    }

    /**
     * Trains networks of the structure {@code bias} imposes on {@code samples}, reporting to
     * {@code listener}, which may stop the run. {@link InductiveBias#NONE} gives exactly the plain run.
     *
     * @throws EngineException INVALID_ARGUMENT when the bias does not fit the samples' dimension
     */
    public TrainedModel train(Samples samples, InductiveBias bias, TrainingListener listener) {
        int d = samples.dimension();
        int count = samples.count();
        if (count < d) {
            throw new EngineException(EngineError.INVALID_ARGUMENT,
                    "samples: " + count + " points are fewer than the dimension " + d
                            + "; give at least d points (hundreds per dimension are usual)", "samples", count);
        }
        Backend.useDouble();
        Architecture architecture = new Architecture(d, config.networksFor(d), config.width(), config.depth(),
                config.activation());
        ModelStructure structure = ModelStructure.of(architecture, bias);
        ModelParameters theta = new ModelParameters(structure);
        SplittableRandom random = new SplittableRandom(config.seed());
        for (int i = 0; i < architecture.networks(); i++) {
            initialise(theta, i, random);
        }
        Run run = new Run(structure, samples, theta, listener);
        run.adam(null);
        for (int round = 0; round < config.restarts() && !run.stopped; round++) {
            ModelParameters restarted = run.restartStuckNetworks(random);
            if (restarted == null) {
                break;
            }
            run.adam(restarted);
        }
        if (!run.stopped) {
            run.lbfgs();
        }
        return run.finish();
    }

    /** Network i of every part (K then V for an additive model), see {@link #initialise(Parameters, Architecture, int, SplittableRandom)}. */
    private static void initialise(ModelParameters theta, int i, SplittableRandom random) {
        for (int k = 0; k < theta.partCount(); k++) {
            initialise(theta.part(k), theta.part(k).architecture(), i, random);
        }
    }

    private static void markNetwork(ModelParameters mask, int i) {
        for (int k = 0; k < mask.partCount(); k++) {
            markNetwork(mask.part(k), mask.part(k).architecture(), i);
        }
    }

    /** Network i: weights N(0, 1/fan_in); hidden biases N(0, 0.1^2); output bias 0. */
    private static void initialise(Parameters theta, Architecture architecture, int i, SplittableRandom random) {
        for (int layer = 0; layer < architecture.depth(); layer++) {
            fill(theta.weights(layer, i), random, 1 / Math.sqrt(architecture.inputsOf(layer)));
            fill(theta.biases(layer).getRow(i), random, 0.1);
        }
        fill(theta.outputWeights().getRow(i), random, 1 / Math.sqrt(architecture.width()));
        theta.outputBiases().putScalar(i, 0.0);
    }

    private static void markNetwork(Parameters mask, Architecture architecture, int i) {
        for (int layer = 0; layer < architecture.depth(); layer++) {
            mask.weights(layer, i).assign(1.0);
            mask.biases(layer).getRow(i).assign(1.0);
        }
        mask.outputWeights().getRow(i).assign(1.0);
        mask.outputBiases().putScalar(i, 1.0);
    }

    private static void fill(INDArray target, SplittableRandom random, double scale) {
        double[] values = new double[(int) target.length()];
        for (int k = 0; k < values.length; k++) {
            values[k] = gaussian(random) * scale;
        }
        target.assign(Nd4j.createFromArray(values).reshape(target.shape()));
    }

    /** Box-Muller from SplittableRandom (its nextGaussian arrived only in Java 17's RandomGenerator). */
    static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** The mutable state of one training run. */
    private final class Run {
        private final ModelStructure structure;
        private final Samples samples;
        private final ModelParameters theta;
        private final TrainingListener listener;
        private final long start = System.nanoTime();
        private LossEvaluator full;
        private boolean stopped;
        private TrainingStage stage = TrainingStage.ADAM;
        private int adamDone;
        private int restartedNetworks;
        private int lbfgsDone;
        private double secondsPerAdamStep = Double.NaN;
        private double secondsPerLbfgsStep = Double.NaN;

        Run(ModelStructure structure, Samples samples, ModelParameters theta, TrainingListener listener) {
            this.structure = structure;
            this.samples = samples;
            this.theta = theta;
            this.listener = listener;
        }

        private LossEvaluator full() {
            if (full == null) {
                full = new LossEvaluator(structure, samples.count(), config.gradientFloor());
                full.load(samples.pointsView(), samples.ratesView(), IntStream.range(0, samples.count()).toArray());
            }
            return full;
        }

        /**
         * Runs the Adam stage. With a {@code mask} (1 on the parameters of restarted networks, 0
         * elsewhere) only those networks move: the converged ones are not kicked out of their minima
         * by a fresh Adam at the initial learning rate, and they stay fixed targets for l2.
         */
        void adam(ModelParameters mask) {
            int steps = config.adamSteps();
            if (steps == 0) {
                return;
            }
            int count = samples.count();
            boolean fullBatch = config.batchSize() == 0 || config.batchSize() >= count;
            LossEvaluator evaluator = fullBatch ? full()
                    : new LossEvaluator(structure, config.batchSize(), config.gradientFloor());
            int batch = evaluator.batch();
            MiniBatches batches = new MiniBatches(count, batch, config.seed());
            Adam adam = new Adam(structure.parameterCount());
            for (int step = 1; step <= steps; step++) {
                if (!fullBatch) {
                    evaluator.load(samples.pointsView(), samples.ratesView(), batches.next());
                }
                double rate = config.learningRateAt(step, steps);
                double loss = evaluator.lossAndGradient(theta, config.lambda());
                if (mask != null) {
                    evaluator.gradient().flat().muli(mask.flat());
                }
                if (!Double.isFinite(loss)) {
                    throw new EngineException(EngineError.DIVERGED, "the loss became " + loss + " at Adam step "
                            + step + " (learning rate " + rate + "); lower the learning rate or lambda, "
                            + "or shrink the sampling box if f is huge there", TrainingStage.ADAM, step);
                }
                adam.update(theta.flat(), evaluator.gradient().flat(), rate);
                adamDone++;
                secondsPerAdamStep = seconds() / adamDone;
                if (step % config.reportEvery() == 0 || step == steps) {
                    if (report(TrainingStage.ADAM, step, steps, loss, evaluator)) {
                        stopped = true;
                        return;
                    }
                }
            }
        }

        /**
         * Re-initialises the networks whose l1 on all samples is above the restart threshold;
         * returns the mask of their parameters, or null if there were none.
         */
        ModelParameters restartStuckNetworks(SplittableRandom random) {
            LossEvaluator evaluator = full();
            evaluator.loss(theta, config.lambda());
            double[] l1 = evaluator.l1PerNetwork();
            ModelParameters mask = null;
            for (int i = 0; i < l1.length; i++) {
                if (!(l1[i] <= config.restartThreshold())) {
                    initialise(theta, i, random);
                    restartedNetworks++;
                    if (mask == null) {
                        mask = new ModelParameters(structure);
                    }
                    markNetwork(mask, i);
                }
            }
            return mask;
        }

        /**
         * Runs L-BFGS in phases of decreasing lambda (see {@link TrainingConfig#lbfgsLambdas()}), each
         * with fresh curvature memory (the objective changed). A phase ends when its l1 improved by
         * less than {@link #STALL_IMPROVEMENT} over the last {@link #STALL_WINDOW} iterations, or when
         * the iteration budget is spent; the last phase's stall ends the stage early. Annealing stops
         * after a phase in which l2 rose more than {@link #ANNEAL_L2_RISE} above its value when L-BFGS
         * started: the networks were beginning to merge (Kepler), and a smaller lambda would finish it.
         */
        void lbfgs() {
            int steps = config.lbfgsSteps();
            if (steps == 0) {
                return;
            }
            stage = TrainingStage.LBFGS;
            LossEvaluator evaluator = full();
            double[] x = theta.flat().toDoubleVector();
            double lbfgsStart = seconds();
            double[] lambdas = config.lbfgsLambdas();
            evaluator.loss(theta, lambdas[0]);
            double l2Limit = (1 + ANNEAL_L2_RISE) * evaluator.l2();
            double lambda = lambdas[0];
            for (int phase = 0; phase < lambdas.length && !stopped && lbfgsDone < steps; phase++) {
                lambda = lambdas[phase];
                lbfgsPhase(evaluator, x, lambda, steps, lbfgsStart);
                theta.flat().assign(Nd4j.createFromArray(x));
                evaluator.loss(theta, lambda);
                if (evaluator.l2() > l2Limit) {
                    break; // the networks started to merge: a smaller lambda would let them slide together
                }
            }
            theta.flat().assign(Nd4j.createFromArray(x));
            if (!stopped && lbfgsDone % config.reportEvery() != 0) {
                double value = evaluator.loss(theta, lambda);
                stopped = report(TrainingStage.LBFGS, lbfgsDone, steps, value, evaluator);
            }
        }

        private void lbfgsPhase(LossEvaluator evaluator, double[] x, double lambda, int steps, double lbfgsStart) {
            theta.flat().assign(Nd4j.createFromArray(x));
            double initial = evaluator.loss(theta, lambda);
            if (!Double.isFinite(initial)) {
                throw new EngineException(EngineError.DIVERGED, "the loss was " + initial
                        + " when L-BFGS started; lower Adam's learning rate or lambda", TrainingStage.LBFGS, lbfgsDone);
            }
            int before = lbfgsDone;
            L1Stall stall = new L1Stall();
            Lbfgs.Objective objective = (point, gradient) -> {
                theta.flat().assign(Nd4j.createFromArray(point));
                double value = evaluator.lossAndGradient(theta, lambda);
                if (!Double.isFinite(value)) {
                    return Double.POSITIVE_INFINITY; // the line search backs off
                }
                double[] g = evaluator.gradient().flat().toDoubleVector();
                System.arraycopy(g, 0, gradient, 0, g.length);
                return value;
            };
            Lbfgs.Monitor monitor = (iteration, value) -> {
                lbfgsDone = before + iteration;
                secondsPerLbfgsStep = (seconds() - lbfgsStart) / lbfgsDone;
                if (lbfgsDone % config.reportEvery() == 0) {
                    theta.flat().assign(Nd4j.createFromArray(x));
                    if (report(TrainingStage.LBFGS, lbfgsDone, steps, value, evaluator)) {
                        stopped = true;
                        return false;
                    }
                }
                // l1 of the accepted point: the objective's last evaluation
                return !stall.stalled(iteration, evaluator.l1());
            };
            int done = new Lbfgs(config.lbfgsMemory()).minimise(objective, x, steps - before, monitor);
            lbfgsDone = before + done;
        }

        /** Reports progress; returns true when the listener asks to stop. */
        private boolean report(TrainingStage reportStage, int step, int steps, double loss, LossEvaluator evaluator) {
            TrainingProgress progress = new TrainingProgress(reportStage, step, steps, loss, evaluator.l1(),
                    evaluator.l2(), evaluator.l1PerNetwork(), Duration.ofNanos(System.nanoTime() - start),
                    remaining());
            return listener.onProgress(progress) == TrainingListener.Action.STOP;
        }

        private Duration remaining() {
            double perAdam = Double.isNaN(secondsPerAdamStep) ? 0 : secondsPerAdamStep;
            double adamLeft = Math.max(0, config.adamSteps() - adamDone) * perAdam;
            double perLbfgs = Double.isNaN(secondsPerLbfgsStep)
                    ? 2.5 * secondsPerAdamStep * samples.count() / Math.max(1, Math.min(samples.count(),
                            config.batchSize() == 0 ? samples.count() : config.batchSize()))
                    : secondsPerLbfgsStep;
            double lbfgsLeft = (config.lbfgsSteps() - lbfgsDone) * (Double.isNaN(perLbfgs) ? 0 : perLbfgs);
            return Duration.ofMillis(Math.round(1000 * (adamLeft + lbfgsLeft)));
        }

        private double seconds() {
            return (System.nanoTime() - start) / 1e9;
        }

        TrainedModel finish() {
            LossEvaluator evaluator = full();
            evaluator.loss(theta, config.lambda()); // reports l1 and l2 whatever L-BFGS weighted
            return new TrainedModel(structure.architecture(), structure.bias(), theta.flat().toDoubleVector(), config,
                    Backend.name(), Backend.nd4jVersion(), evaluator.l1(), evaluator.l2(), evaluator.l1PerNetwork(),
                    stopped, stage, adamDone, lbfgsDone, restartedNetworks, seconds());
        }
    }

}
