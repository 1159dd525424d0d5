package org.conserve.engine.neural;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;

/**
 * Precision training with a count that the precision decides. Sets of n = 1, 2, ... plain MLPs are trained
 * in float64 with dense BFGS ({@link DenseBfgs}) on the {@link BarrierObjective}: conservation l1 plus w
 * times the log-barrier on the per-point Gram determinant of their unit gradients, w lowered stage by
 * stage ({@link BarrierSchedule}) but never to zero. The set of n + 1 starts from the accepted set of n
 * plus one fresh network. Each set is judged on held-out points by {@link BarrierVerdict}; the count is
 * the largest n whose set is accepted, and training stops at the first set that is not (a set with more
 * networks than laws cannot follow the weight down: it stalls, or its determinant follows w to zero).
 *
 * <p>The first network trains alone, without a barrier: one function has nothing to be independent of.
 *
 * <p>Seeds: every network's initial parameters come from its own {@link SplittableRandom#split()} of the
 * seed's generator, so adding a network never changes those before it. Same seed, same result (the
 * arithmetic is plain Java, single-threaded, in a fixed order).
 *
 * <p>Thread-safety: instances are immutable; concurrent {@code train} calls are independent.
 */
public final class BarrierTrainer {
    /** Standard deviation of every initial parameter (see docs/decisions/barrier-training.md). */
    static final double INITIAL_SCALE = 0.5;
    /** A stage ends when its objective fell by less than this fraction over {@link #STALL_WINDOW} iterations. */
    static final double STALL_IMPROVEMENT = 0.01;
    static final int STALL_WINDOW = 100;

    private final TrainingConfig config;
    private final BarrierSchedule schedule;

    /**
     * @param config   the networks' shape ({@code width}, {@code depth}, {@code activation}), the largest
     *                 number of networks ({@code networks}, 0: d - 1), the gradient floor, the seed and how
     *                 often to report; its Adam, L-BFGS and lambda settings are not used
     * @param schedule the barrier path
     */
    public BarrierTrainer(TrainingConfig config, BarrierSchedule schedule) {
        this.config = config;
        this.schedule = schedule;
    }

    /**
     * The networks the barrier trainer uses by default: {@link TrainingConfig#defaults()} with two hidden
     * layers of 16 tanh units (the shape with which float64 BFGS reached held-out l1 of 1e-9 on Kepler's and
     * Henon-Heiles' first law; see docs/decisions/barrier-training.md).
     */
    public static TrainingConfig defaultConfig() {
        return TrainingConfig.defaults().withArchitecture(16, 2, Activation.TANH);
    }

    public TrainingConfig config() {
        return config;
    }

    public BarrierSchedule schedule() {
        return schedule;
    }

    /**
     * Trains on {@code training}, judging each set on {@code heldOut}, reporting to {@code listener}, which
     * may stop the run (the result then holds the sets accepted so far and says it was stopped).
     *
     * @throws EngineException INVALID_ARGUMENT for fewer points than dimensions or mismatched dimensions
     */
    public BarrierTraining train(Samples training, Samples heldOut, TrainingListener listener) {
        int d = training.dimension();
        if (heldOut.dimension() != d) {
            throw new EngineException(EngineError.INVALID_ARGUMENT, "held-out points have dimension "
                    + heldOut.dimension() + ", training points " + d, "heldOut", heldOut.dimension());
        }
        if (training.count() < d) {
            throw new EngineException(EngineError.INVALID_ARGUMENT, "samples: " + training.count()
                    + " points are fewer than the dimension " + d + "; give at least d points", "samples",
                    training.count());
        }
        int largest = config.networksFor(d);
        Run run = new Run(d, training, heldOut, listener);
        return run.all(largest);
    }

    /** The mutable state of one training run. */
    private final class Run {
        private final int d;
        private final SmoothNetwork shape;
        private final int per;
        private final BarrierObjective fit;
        private final BarrierObjective check;
        private final TrainingListener listener;
        private final SplittableRandom random;
        private final long start = System.nanoTime();
        private final List<BarrierStage> path = new ArrayList<>();
        private int iterations;
        private boolean stopped;

        Run(int d, Samples training, Samples heldOut, TrainingListener listener) {
            this.d = d;
            this.shape = new SmoothNetwork(d, config.width(), config.depth(), config.activation());
            this.per = shape.parameterCount();
            this.fit = new BarrierObjective(shape, d, training.pointsView(), training.ratesView(),
                    config.gradientFloor());
            this.check = new BarrierObjective(shape.sameShape(), d, heldOut.pointsView(), heldOut.ratesView(),
                    config.gradientFloor());
            this.listener = listener;
            this.random = new SplittableRandom(config.seed());
        }

        BarrierTraining all(int largest) {
            double[] accepted = new double[0];
            double[] rejected = null;
            BarrierVerdict verdict = null;
            int count = 0;
            for (int n = 1; n <= largest && !stopped; n++) {
                double[] x = Arrays.copyOf(accepted, n * per);
                initialise(x, (n - 1) * per, random.split());
                List<BarrierStage> stages = trainSet(x, n);
                if (stopped && stages.isEmpty()) {
                    break;
                }
                verdict = BarrierVerdict.judge(stages);
                if (!verdict.accepted() || stopped) {
                    rejected = Arrays.copyOfRange(x, (n - 1) * per, n * per);
                    break;
                }
                accepted = x;
                count = n;
            }
            int kept = count + (rejected == null ? 0 : 1);
            double[] theta = Arrays.copyOf(accepted, kept * per);
            if (rejected != null) {
                System.arraycopy(rejected, 0, theta, count * per, per);
            }
            if (kept == 0) { // stopped before the first network finished a stage: report it as it is
                kept = 1;
                theta = new double[per];
                initialise(theta, 0, new SplittableRandom(config.seed()).split());
            }
            fit.evaluate(theta, kept, 0.0, null);
            check.evaluate(theta, kept, 0.0, null);
            Architecture architecture = new Architecture(d, kept, config.width(), config.depth(), config.activation());
            TrainedModel model = new TrainedModel(architecture, shape.toModelLayout(theta, kept),
                    config.withNetworks(kept), Backend.PLAIN_JAVA, Backend.nd4jVersion(), fit.l1(), 0.0,
                    fit.l1PerNetwork(), stopped, TrainingStage.BARRIER, 0, iterations, 0, seconds());
            return new BarrierTraining(model, count, path, verdict, fit.l1PerNetwork(), check.l1PerNetwork());
        }

        /** Trains the set of n networks in {@code x} along the path; returns its stages. */
        private List<BarrierStage> trainSet(double[] x, int n) {
            List<BarrierStage> stages = new ArrayList<>();
            double[] weights = n == 1 ? new double[] {0.0} : schedule.weights();
            int budget = n == 1 ? schedule.firstNetworkIterations() : schedule.iterationsPerStage();
            for (double w : weights) {
                int done = stage(x, n, w, budget);
                if (done < 0) {
                    break;
                }
                double value = fit.evaluate(x, n, w, null);
                double[] trainingL1 = fit.l1PerNetwork();
                check.evaluate(x, n, w, null);
                BarrierStage stage = new BarrierStage(n, w, done, trainingL1, check.l1PerNetwork(),
                        check.independentL1(), median(check.logDeterminants()), value);
                stages.add(stage);
                path.add(stage);
                if (stopped) {
                    break;
                }
            }
            return stages;
        }

        /** One stage: dense BFGS on L at weight w from x (updated); returns iterations done, -1 if stopped at once. */
        private int stage(double[] x, int n, double w, int budget) {
            double initial = fit.evaluate(x, n, w, null);
            if (!Double.isFinite(initial)) {
                throw new EngineException(EngineError.DIVERGED, "the barrier objective was " + initial + " when "
                        + n + " networks started at weight " + w + ": their gradients are dependent at a sample "
                        + "point", TrainingStage.BARRIER, iterations);
            }
            int size = n * per;
            double[] point = Arrays.copyOf(x, size);
            double[] history = new double[STALL_WINDOW];
            Lbfgs.Objective objective = (trial, gradient) -> fit.evaluate(trial, n, w, gradient);
            int before = iterations;
            Lbfgs.Monitor monitor = (iteration, value) -> {
                iterations = before + iteration;
                int slot = iteration % STALL_WINDOW;
                boolean stalled = iteration > STALL_WINDOW && value > (1 - STALL_IMPROVEMENT) * history[slot];
                history[slot] = value;
                if (iterations % config.reportEvery() == 0) {
                    TrainingProgress progress = new TrainingProgress(TrainingStage.BARRIER, iteration, budget, value,
                            fit.l1(), fit.barrier(), fit.l1PerNetwork(), Duration.ofNanos(System.nanoTime() - start),
                            Duration.ZERO);
                    if (listener.onProgress(progress) == TrainingListener.Action.STOP) {
                        stopped = true;
                        return false;
                    }
                }
                return !stalled;
            };
            int done = optimiser(size).minimise(objective, point, budget, monitor);
            System.arraycopy(point, 0, x, 0, size);
            return done;
        }

        private DenseBfgs optimiser(int size) {
            if (!DenseBfgs.fits(size)) {
                throw new EngineException(EngineError.INVALID_ARGUMENT, size + " parameters need a dense curvature "
                        + "estimate of " + (8L * size * size >> 20) + " MiB, over the limit of "
                        + (DenseBfgs.MAX_ESTIMATE_BYTES >> 20) + " MiB; use fewer or narrower networks", "networks",
                        size);
            }
            return new DenseBfgs();
        }

        /** Parameters of one network, all N(0, INITIAL_SCALE^2), output bias 0. */
        private void initialise(double[] x, int base, SplittableRandom generator) {
            for (int k = 0; k < per - 1; k++) {
                x[base + k] = gaussian(generator) * INITIAL_SCALE;
            }
            x[base + per - 1] = 0;
        }

        private double seconds() {
            return (System.nanoTime() - start) / 1e9;
        }
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : 0.5 * (sorted[m - 1] + sorted[m]);
    }

    /** Box-Muller (SplittableRandom has no nextGaussian before Java 17's RandomGenerator default). */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
