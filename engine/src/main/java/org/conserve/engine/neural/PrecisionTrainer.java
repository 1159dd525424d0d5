package org.conserve.engine.neural;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;

/**
 * Precision training with a count that precision decides. Plain MLPs are trained one at a time in float64
 * by dense BFGS ({@link DenseBfgs}); network k minimises the {@link DeflatedObjective} against the k - 1
 * accepted networks, which stay fixed (sequential deflation). It is accepted when the part of its gradient
 * independent of theirs is conserved to held-out l1 {@link #PRECISE_L1}; the first network that is not ends
 * the run, and the count is the number accepted.
 *
 * <p>Why sequential deflation and this test (docs/decisions/precision-training.md has the measurements):
 * <ul>
 *   <li>Trained jointly, with a log-barrier on the determinant of their unit gradients' Gram matrix (weight
 *       lowered by decades), Kepler's and Henon-Heiles' second network alike became a function of the first
 *       plus a vanishing multiple of something new: the determinant followed the weight down and the ordinary
 *       l1 fell with it. The ordinary l1 cannot tell a new law from that; the independent part's cosine can,
 *       since it does not depend on the multiple.</li>
 *   <li>Float64 second-order training takes true laws to about 1e-9 (prototype and this trainer alike);
 *       approximate invariants of chaotic flows stay at 1e-4 to 1e-2 on every system measured, so 1e-6 lies
 *       three orders of magnitude from the first and two from the nearest of the second.</li>
 * </ul>
 *
 * <p>Each network starts from the best of {@link #STARTS} random initialisations, each screened for
 * {@link #SCREENING_ITERATIONS} iterations on its plain conservation loss (the basin a start falls into
 * decides how fast it converges: on Kepler some starts reach 1e-8 in 1000 iterations where others crawl
 * at 1e-5) and ranked by the deflated objective; the best one's training goes on from its screening's
 * curvature estimate. The screening costs {@code STARTS * SCREENING} = 1200
 * iterations, under half of the default budget of one network, and runs on all cores.
 *
 * <p>Seeds: each start draws its parameters from its own {@link SplittableRandom#split()} of the seed's
 * generator; the arithmetic is plain Java in a fixed order, so the same seed gives the same networks
 * whatever the number of cores.
 *
 * <p>Thread-safety: instances are immutable; concurrent {@code train} calls are independent.
 */
public final class PrecisionTrainer {
    /** Largest held-out l1 of a network's independent part that counts it as a law (see the class comment). */
    public static final double PRECISE_L1 = 1e-6;
    /** Random starts screened for each network. */
    static final int STARTS = 4;
    /** BFGS iterations of each start's screening. */
    static final int SCREENING_ITERATIONS = 300;
    /** Standard deviation of every initial parameter (the prototype's, with which Kepler's first law reached 1e-9). */
    static final double INITIAL_SCALE = 0.5;
    /** A network's training ends when its objective fell by less than this fraction over {@link #STALL_WINDOW} iterations. */
    static final double STALL_IMPROVEMENT = 0.01;
    static final int STALL_WINDOW = 100;
    /** Default BFGS iterations for one network after its screening. */
    public static final int DEFAULT_ITERATIONS = 3000;

    private final TrainingConfig config;
    private final int iterations;

    /**
     * @param config     the networks' shape ({@code width}, {@code depth}, {@code activation}), the largest number
     *                   of networks ({@code networks}, 0: d - 1), the gradient floor, the seed and how often to
     *                   report; its Adam, L-BFGS and lambda settings are not used
     * @param iterations BFGS iterations at most for each network after its screening
     */
    public PrecisionTrainer(TrainingConfig config, int iterations) {
        if (iterations < 1) {
            throw new EngineException(EngineError.INVALID_ARGUMENT, "iterations must be at least 1, got " + iterations,
                    "iterations", iterations);
        }
        this.config = config;
        this.iterations = iterations;
    }

    /**
     * The networks this trainer uses by default: {@link TrainingConfig#defaults()} with two hidden layers of 16
     * tanh units, the shape with which float64 BFGS reached held-out l1 of 1e-9 on Kepler's and Henon-Heiles'
     * first law in the prototype; a dense curvature estimate of its 369 parameters (d = 4) costs 1 MB.
     */
    public static TrainingConfig defaultConfig() {
        return TrainingConfig.defaults().withArchitecture(16, 2, Activation.TANH);
    }

    public TrainingConfig config() {
        return config;
    }

    public int iterations() {
        return iterations;
    }

    /**
     * Trains on {@code training}, judging each network on {@code heldOut}, reporting to {@code listener}, which may
     * stop the run (the result then holds the networks accepted so far, and the model says it was stopped).
     *
     * @throws EngineException INVALID_ARGUMENT for fewer points than dimensions or mismatched dimensions
     */
    public PrecisionTraining train(Samples training, Samples heldOut, TrainingListener listener) {
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
        // at most d networks: the d-th one's independent part lies along f wherever d - 1 laws were accepted, so it
        // can only be rejected, and a larger request (--networks 2000000000) must not mean more work
        return new Run(training, heldOut, listener).all(Math.min(config.networksFor(d), d));
    }

    /** The mutable state of one training run. */
    private final class Run {
        private final int d;
        private final SmoothNetwork shape;
        private final int per;
        private final Samples training;
        private final Samples heldOut;
        private final double[][] trainingRates;
        private final double[][] heldOutRates;
        private final double[][][] trainingBasis;
        private final double[][][] heldOutBasis;
        private final TrainingListener listener;
        private final SplittableRandom random;
        private final long start = System.nanoTime();
        private int done;
        private boolean stopped;

        Run(Samples training, Samples heldOut, TrainingListener listener) {
            this.d = training.dimension();
            this.shape = new SmoothNetwork(d, config.width(), config.depth(), config.activation());
            this.per = shape.parameterCount();
            this.training = training;
            this.heldOut = heldOut;
            this.trainingRates = unitRates(training.ratesView());
            this.heldOutRates = unitRates(heldOut.ratesView());
            this.trainingBasis = new double[training.count()][0][];
            this.heldOutBasis = new double[heldOut.count()][0][];
            this.listener = listener;
            this.random = new SplittableRandom(config.seed());
        }

        PrecisionTraining all(int largest) {
            List<NetworkFit> fits = new ArrayList<>();
            double[] theta = new double[0];
            int count = 0;
            for (int k = 1; k <= largest && !stopped; k++) {
                int before = done;
                double[] x = network(k);
                NetworkFit fit = judge(k, x, done - before);
                fits.add(fit);
                theta = Arrays.copyOf(theta, k * per);
                System.arraycopy(x, 0, theta, (k - 1) * per, per);
                if (!fit.accepted()) {
                    break;
                }
                count = k;
                extend(x, training.pointsView(), trainingBasis);
                extend(x, heldOut.pointsView(), heldOutBasis);
            }
            int kept = fits.size();
            double[] trainingL1 = fits.stream().mapToDouble(NetworkFit::trainingL1).toArray();
            Architecture architecture = new Architecture(d, kept, config.width(), config.depth(), config.activation());
            TrainedModel model = new TrainedModel(architecture, shape.toModelLayout(theta, kept),
                    config.withNetworks(kept), Backend.PLAIN_JAVA, Backend.nd4jVersion(),
                    Arrays.stream(trainingL1).average().orElse(Double.NaN), 0.0, trainingL1, stopped,
                    TrainingStage.PRECISION, 0, done, 0, (System.nanoTime() - start) / 1e9);
            return new PrecisionTraining(model, count, fits);
        }

        /** Screens {@link #STARTS} random starts for network k, then trains the best on the deflated objective. */
        private double[] network(int k) {
            SplittableRandom[] generators = new SplittableRandom[STARTS];
            for (int s = 0; s < STARTS; s++) {
                generators[s] = random.split();
            }
            double[][] candidates = new double[STARTS][];
            DenseBfgs[] optimisers = new DenseBfgs[STARTS];
            int[] screened = new int[STARTS];
            double[] scores = new double[STARTS];
            IntStream.range(0, STARTS).parallel().forEach(s -> {
                double[] candidate = new double[per];
                for (int i = 0; i < per - 1; i++) {
                    candidate[i] = ConservationTrainer.gaussian(generators[s]) * INITIAL_SCALE;
                }
                DeflatedObjective plain = objective(new double[training.count()][0][]);
                optimisers[s] = new DenseBfgs();
                screened[s] = optimisers[s].minimise((p, g) -> plain.evaluate(p, 0, g), candidate,
                        SCREENING_ITERATIONS, (iteration, value) -> true);
                scores[s] = objective(trainingBasis).evaluate(candidate, 0, null);
                candidates[s] = candidate;
            });
            done += java.util.Arrays.stream(screened).sum();
            int best = 0;
            for (int s = 1; s < STARTS; s++) {
                if (scores[s] < scores[best]) { // NaN never wins
                    best = s;
                }
            }
            double[] x = candidates[best];
            DeflatedObjective fit = objective(trainingBasis);
            double[] history = new double[STALL_WINDOW];
            int before = done;
            Lbfgs.Monitor monitor = (iteration, value) -> {
                int slot = iteration % STALL_WINDOW;
                boolean stalled = iteration > STALL_WINDOW && value > (1 - STALL_IMPROVEMENT) * history[slot];
                history[slot] = value;
                done = before + iteration;
                if (iteration % config.reportEvery() == 0) {
                    TrainingProgress progress = new TrainingProgress(TrainingStage.PRECISION, iteration, iterations,
                            value, fit.l1(), fit.independentL1(), new double[] {fit.l1()},
                            Duration.ofNanos(System.nanoTime() - start), Duration.ZERO);
                    if (listener.onProgress(progress) == TrainingListener.Action.STOP) {
                        stopped = true;
                        return false;
                    }
                }
                return !stalled;
            };
            // the screening's curvature estimate carries over: the same network, and for the first network the
            // same objective; rebuilding it from the identity cost the double pendulum its progress
            optimisers[best].minimise((p, g) -> fit.evaluate(p, 0, g), x, iterations, monitor);
            return x;
        }

        private DeflatedObjective objective(double[][][] basis) {
            return new DeflatedObjective(shape.sameShape(), d, training.pointsView(), trainingRates, basis,
                    config.gradientFloor());
        }

        private NetworkFit judge(int k, double[] x, int iterationsSpent) {
            DeflatedObjective fit = objective(trainingBasis);
            fit.evaluate(x, 0, null);
            DeflatedObjective check = new DeflatedObjective(shape.sameShape(), d, heldOut.pointsView(), heldOutRates,
                    heldOutBasis, config.gradientFloor());
            check.evaluate(x, 0, null);
            boolean accepted = !stopped && check.independentL1() <= PRECISE_L1;
            return new NetworkFit(k, iterationsSpent, fit.l1(), check.l1(), check.independentL1(), fit.independentL1(),
                    check.medianLogDistance(), accepted);
        }

        /** Appends the accepted network's unit gradient, orthonormalised against the basis, at every point. */
        private void extend(double[] theta, double[][] points, double[][][] basis) {
            double[] v = new double[d];
            for (int p = 0; p < points.length; p++) {
                shape.forward(theta, 0, points[p]);
                shape.inputGradient(theta, 0, v);
                for (double[] row : basis[p]) {
                    double dot = 0;
                    for (int i = 0; i < d; i++) {
                        dot += row[i] * v[i];
                    }
                    for (int i = 0; i < d; i++) {
                        v[i] -= dot * row[i];
                    }
                }
                double norm = 0;
                for (double component : v) {
                    norm += component * component;
                }
                norm = Math.sqrt(norm);
                double[] row = new double[d];
                if (norm > 0) {
                    for (int i = 0; i < d; i++) {
                        row[i] = v[i] / norm;
                    }
                }
                basis[p] = Arrays.copyOf(basis[p], basis[p].length + 1);
                basis[p][basis[p].length - 1] = row;
            }
        }
    }

    /** f / |f| row by row (0 where f = 0). */
    static double[][] unitRates(double[][] rates) {
        double[][] unit = new double[rates.length][];
        for (int p = 0; p < rates.length; p++) {
            double norm = 0;
            for (double component : rates[p]) {
                norm += component * component;
            }
            norm = Math.sqrt(norm);
            unit[p] = new double[rates[p].length];
            for (int k = 0; k < rates[p].length; k++) {
                unit[p][k] = norm > 0 ? rates[p][k] / norm : 0.0;
            }
        }
        return unit;
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
}
