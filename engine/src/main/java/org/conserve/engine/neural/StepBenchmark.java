package org.conserve.engine.neural;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Times one training step on the fixed benchmark configuration: the 2D isotropic oscillator
 * (d = 4, z uniform in [-1, 1]^4), 4 networks of 2 hidden layers of width 64, SiLU, float64,
 * batch 1000, loss l1 + 0.1 l2, one Adam step (forward, input gradient, loss, backward, update).
 * Prints the median of the timed steps after warm-up; bench/pytorch/step.py is the same step in
 * PyTorch. Run with {@code OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1} for one thread.
 *
 * <p>Usage: {@code StepBenchmark [timedSteps (default 200)] [warmupSteps (default 30)]}.
 */
public final class StepBenchmark {
    /** The fixed configuration. */
    public static final int DIMENSION = 4;
    public static final int NETWORKS = 4;
    public static final int WIDTH = 64;
    public static final int DEPTH = 2;
    public static final int BATCH = 1000;
    public static final double LAMBDA = 0.1;
    public static final double LEARNING_RATE = 1e-3;

    /**
     * Result of a measurement.
     *
     * @param medianMillis median step time
     * @param minMillis    fastest step
     * @param steps        number of timed steps
     * @param finalLoss    loss at the last step (a sanity check that the steps did work)
     * @param medianCpuMillis median CPU time of the calling thread per step (robust to other load on
     *                     the machine; with OMP_NUM_THREADS=1 ND4J runs its ops on the calling thread)
     */
    public record Result(double medianMillis, double minMillis, int steps, double finalLoss, double medianCpuMillis) {
    }

    private StepBenchmark() {
    }

    /** Runs {@code warmup} untimed steps, then times {@code steps} steps. */
    public static Result measure(int steps, int warmup) {
        Backend.useDouble();
        Architecture architecture = new Architecture(DIMENSION, NETWORKS, WIDTH, DEPTH, Activation.SILU);
        SplittableRandom random = new SplittableRandom(42);
        double[][] points = new double[BATCH][DIMENSION];
        double[][] rates = new double[BATCH][DIMENSION];
        for (int p = 0; p < BATCH; p++) {
            for (int k = 0; k < DIMENSION; k++) {
                points[p][k] = 2 * random.nextDouble() - 1;
            }
            rates[p] = new double[] {points[p][2], points[p][3], -points[p][0], -points[p][1]};
        }
        Parameters theta = new Parameters(architecture);
        double[] initial = new double[architecture.parameterCount()];
        for (int k = 0; k < initial.length; k++) {
            initial[k] = (random.nextDouble() - 0.5) * 0.5;
        }
        theta.flat().assign(org.nd4j.linalg.factory.Nd4j.createFromArray(initial));
        LossEvaluator evaluator = new LossEvaluator(architecture, BATCH, 1e-6);
        evaluator.load(points, rates, IntStream.range(0, BATCH).toArray());
        Adam adam = new Adam(architecture.parameterCount());
        double loss = 0;
        for (int step = 0; step < warmup; step++) {
            loss = step(evaluator, adam, theta);
        }
        double[] millis = new double[steps];
        double[] cpuMillis = new double[steps];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int step = 0; step < steps; step++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            loss = step(evaluator, adam, theta);
            millis[step] = (System.nanoTime() - start) / 1e6;
            cpuMillis[step] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(millis);
        return new Result(median(millis), millis[0], steps, loss, median(cpuMillis));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double step(LossEvaluator evaluator, Adam adam, Parameters theta) {
        double loss = evaluator.lossAndGradient(theta, LAMBDA);
        adam.update(theta.flat(), evaluator.gradient().flat(), LEARNING_RATE);
        return loss;
    }

    public static void main(String[] args) {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Result result = measure(steps, warmup);
        System.out.printf("conserve step (ND4J %s, %s, d=4, 4 networks 2x64 SiLU, float64, batch 1000, "
                        + "l1+0.1*l2, Adam): median %.3f ms, min %.3f ms, median CPU %.3f ms over %d steps "
                        + "(loss %.6g)%n",
                Backend.nd4jVersion(), Backend.name(), result.medianMillis(), result.minMillis(),
                result.medianCpuMillis(), result.steps(), result.finalLoss());
        System.out.printf("conserve median step cpu ms: %.4f%n", result.medianCpuMillis());
        System.out.printf("conserve median step ms: %.4f%n", result.medianMillis());
    }
}
