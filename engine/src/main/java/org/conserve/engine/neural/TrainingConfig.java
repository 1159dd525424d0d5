package org.conserve.engine.neural;

import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;

/**
 * Reusable training configuration (immutable; {@code withX} copies). Defaults come from
 * {@link #defaults()}; see docs/decisions/neural-defaults.md for the experiments behind them.
 *
 * @param networks          number n of networks; 0 (the default) means d - 1 for dimension d, at least 2:
 *                          a flow f != 0 has at most d - 1 independent conserved quantities (their
 *                          gradients all lie in the (d-1)-dimensional complement of f), so a d-th network
 *                          can only repeat the others; dropping it cut Kepler's training by a quarter and
 *                          raised the per-point rank vote from about 60 % to 99.7 % or more. At least 2:
 *                          a single network on the damped oscillator (no l2) once reached l1 2.3e-3, a
 *                          false law, where two stayed at 4e-2 to 5e-2 on three seeds
 * @param width             hidden width
 * @param depth             number of hidden layers
 * @param activation        hidden activation
 * @param lambda            weight of the independence loss l2 (paper: 0.02 to 0.1)
 * @param adamSteps         Adam steps
 * @param learningRate      Adam's initial learning rate
 * @param finalLearningRate Adam's learning rate at the last step (exponential decay in between)
 * @param batchSize         Adam batch size; 0 means full batch
 * @param lbfgsSteps        full-batch L-BFGS iterations after Adam (0: none)
 * @param lbfgsMemory       number of L-BFGS correction pairs
 * @param lbfgsLambda       the smallest weight of l2 during L-BFGS (default 1e-4): lambda is annealed
 *                          by decades down to it while the networks stay apart (see
 *                          {@link #lbfgsLambdas()}); NaN means "keep {@code lambda}". 0 jumps straight
 *                          to 0, which polishes each network alone: on Kepler all four networks then
 *                          slid onto one law (count 1 instead of 3). See docs/decisions/neural-defaults.md.
 * @param gradientFloor     eps in {@code |grad H|^2 + eps^2}: gradients far below it score as not conserved
 * @param restarts          rounds of restarting stuck networks: after Adam, a network whose l1 is above
 *                          {@code restartThreshold} is re-initialised and Adam runs again (the
 *                          cosine loss has local minima with a "seam" where a network learned two
 *                          different functions of the law on two sides of the domain)
 * @param restartThreshold  l1 above which a network counts as stuck after Adam
 * @param seed              seed of initialisation and batch order
 * @param reportEvery       listener called every this many steps (and at the end of each stage)
 */
public record TrainingConfig(
        int networks,
        int width,
        int depth,
        Activation activation,
        double lambda,
        int adamSteps,
        double learningRate,
        double finalLearningRate,
        int batchSize,
        int lbfgsSteps,
        int lbfgsMemory,
        double lbfgsLambda,
        double gradientFloor,
        int restarts,
        double restartThreshold,
        long seed,
        int reportEvery) {

    /**
     * Defaults for ODE systems (see the class comment). L-BFGS keeps 100 correction pairs: against 20, the
     * harmonic oscillator's held-out l1 fell from 2e-8 to 4e-8 to 5e-10 to 3.5e-9 in the same 1500 iterations
     * (docs/decisions/neural-defaults.md, round 5).
     */
    public static TrainingConfig defaults() {
        return new TrainingConfig(0, 32, 2, Activation.SILU, 0.1, 1500, 1e-2, 1e-4, 0,
                1500, 100, 1e-4, 1e-6, 2, 1e-2, 1L, 50);
    }

    /**
     * Defaults for networks under an inductive bias ({@link InductiveBias}): {@link #defaults()} with 500
     * Adam steps on mini-batches of 256 points and lambda 0.01. An additive model runs its networks on every body and
     * pair (B G + B T rows instead of B), so a full-batch Adam step costs several plain ones, while its
     * Adam loss stalls within a few hundred steps (l1 about 4e-3 on the planar three-body problem from
     * step 100 to 1500); L-BFGS does the precise work. With a spare network l2 cannot vanish and rises
     * during L-BFGS, which stops lambda's annealing at its start: lambda 0.01 took the three-body l1
     * from about 2e-5 (lambda 0.1) to 3e-7 to 9e-7. See docs/decisions/neural-defaults.md.
     */
    public static TrainingConfig biasedDefaults() {
        return defaults().withAdam(500, 1e-2, 1e-4, 256).withLambda(0.01);
    }

    /** Largest dimension that gets {@link #SMALL_SYSTEM_LBFGS_STEPS} L-BFGS iterations by {@link #forDimension}. */
    public static final int SMALL_SYSTEM_DIMENSION = 4;

    /** L-BFGS budget of {@link #forDimension} up to {@link #SMALL_SYSTEM_DIMENSION}. */
    public static final int SMALL_SYSTEM_LBFGS_STEPS = 3000;

    /**
     * Defaults for plain networks on dimension d: {@link #defaults()}, with an L-BFGS budget of
     * {@link #SMALL_SYSTEM_LBFGS_STEPS} instead of 1500 up to d = {@link #SMALL_SYSTEM_DIMENSION}. The budget
     * is a cap (the stalled-l1 stop ends a run that no longer improves): the 2D isotropic oscillator uses
     * all 3000 and reaches a held-out l1 of 6e-9 instead of 3e-8 (target 1e-8), Kepler and the ratio-2
     * oscillator stop by themselves after 655 and 765 iterations, and larger systems keep 1500, whose
     * iterations cost more (the planar three-body problem would exceed its time target). See
     * docs/decisions/neural-defaults.md, round 6. (Width 64 and 3000 Adam steps were once needed for
     * Kepler's three laws with lambda 0.05; lambda 0.1 annealed during L-BFGS finds them with width 32.)
     */
    public static TrainingConfig forDimension(int dimension) {
        TrainingConfig base = defaults();
        return dimension <= SMALL_SYSTEM_DIMENSION
                ? base.withLbfgs(SMALL_SYSTEM_LBFGS_STEPS, base.lbfgsMemory(), base.lbfgsLambda()) : base;
    }

    public TrainingConfig {
        if (networks < 0) {
            throw invalid("networks", networks, "at least 1 (or 0 for d - 1, at least 2)");
        }
        if (width < 1) {
            throw invalid("width", width, "at least 1");
        }
        if (depth < 1) {
            throw invalid("depth", depth, "at least 1");
        }
        if (activation == null) {
            throw invalid("activation", null, "SILU or TANH");
        }
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw invalid("lambda", lambda, "a finite number >= 0");
        }
        if (adamSteps < 0 || lbfgsSteps < 0) {
            throw invalid(adamSteps < 0 ? "adamSteps" : "lbfgsSteps", Math.min(adamSteps, lbfgsSteps), ">= 0");
        }
        if (!(learningRate > 0) || !(finalLearningRate > 0)) {
            throw invalid("learningRate", learningRate, "> 0 (and finalLearningRate > 0)");
        }
        if (batchSize < 0) {
            throw invalid("batchSize", batchSize, ">= 0 (0 for full batch)");
        }
        if (lbfgsMemory < 1) {
            throw invalid("lbfgsMemory", lbfgsMemory, "at least 1");
        }
        if (!Double.isNaN(lbfgsLambda) && (lbfgsLambda < 0 || Double.isInfinite(lbfgsLambda))) {
            throw invalid("lbfgsLambda", lbfgsLambda, "a finite number >= 0 (or NaN for lambda)");
        }
        if (!(gradientFloor > 0)) {
            throw invalid("gradientFloor", gradientFloor, "> 0");
        }
        if (restarts < 0) {
            throw invalid("restarts", restarts, ">= 0");
        }
        if (!(restartThreshold > 0)) {
            throw invalid("restartThreshold", restartThreshold, "> 0");
        }
        if (reportEvery < 1) {
            throw invalid("reportEvery", reportEvery, "at least 1");
        }
    }

    /** The weight of l2 during L-BFGS: {@code lbfgsLambda}, or {@code lambda} when that is NaN. */
    public double effectiveLbfgsLambda() {
        return Double.isNaN(lbfgsLambda) ? lambda : lbfgsLambda;
    }

    /**
     * The weights of l2 in the successive L-BFGS phases: {@code lambda} alone when {@code lbfgsLambda}
     * is NaN or not below {@code lambda}; {@code 0} alone when it is 0; otherwise lambda annealed by
     * decades, {@code lambda, lambda/10, ...}, ending at {@code lbfgsLambda}. Annealing keeps the networks
     * apart while they settle (jumping to 0 let Kepler's four networks slide onto one law) and then lets
     * l1 fall below the floor that a large lambda sets.
     */
    public double[] lbfgsLambdas() {
        double target = effectiveLbfgsLambda();
        if (target >= lambda || target == 0) {
            return new double[] {target};
        }
        java.util.List<Double> phases = new java.util.ArrayList<>();
        for (double value = lambda; value > target * 1.0000001; value /= 10) {
            phases.add(value);
        }
        phases.add(target);
        return phases.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The number of networks for dimension d: {@code networks}, or d - 1 (at least 2) when it is 0. */
    /**
     * Adam's learning rate at {@code step} (1-based) of {@code steps}: exponential decay from
     * {@code learningRate} at the first step to {@code finalLearningRate} at the last.
     */
    public double learningRateAt(int step, int steps) {
        double ratio = finalLearningRate / learningRate;
        return learningRate * Math.pow(ratio, steps == 1 ? 0 : (step - 1.0) / (steps - 1));
    }

    public int networksFor(int dimension) {
        return networks == 0 ? Math.max(2, dimension - 1) : networks;
    }

    private static EngineException invalid(String name, Object value, String expected) {
        return new EngineException(EngineError.INVALID_ARGUMENT,
                "training parameter " + name + " must be " + expected + ", got " + value, name, value);
    }

    public TrainingConfig withNetworks(int value) {
        return new TrainingConfig(value, width, depth, activation, lambda, adamSteps, learningRate,
                finalLearningRate, batchSize, lbfgsSteps, lbfgsMemory, lbfgsLambda, gradientFloor, restarts,
                restartThreshold, seed, reportEvery);
    }

    public TrainingConfig withArchitecture(int newWidth, int newDepth, Activation newActivation) {
        return new TrainingConfig(networks, newWidth, newDepth, newActivation, lambda, adamSteps, learningRate,
                finalLearningRate, batchSize, lbfgsSteps, lbfgsMemory, lbfgsLambda, gradientFloor, restarts,
                restartThreshold, seed, reportEvery);
    }

    public TrainingConfig withLambda(double value) {
        return new TrainingConfig(networks, width, depth, activation, value, adamSteps, learningRate,
                finalLearningRate, batchSize, lbfgsSteps, lbfgsMemory, lbfgsLambda, gradientFloor, restarts,
                restartThreshold, seed, reportEvery);
    }

    /** Adam steps, initial and final learning rate, batch size (0: full batch). */
    public TrainingConfig withAdam(int steps, double initialRate, double finalRate, int batch) {
        return new TrainingConfig(networks, width, depth, activation, lambda, steps, initialRate, finalRate,
                batch, lbfgsSteps, lbfgsMemory, lbfgsLambda, gradientFloor, restarts, restartThreshold, seed,
                reportEvery);
    }

    /** L-BFGS steps, memory and the weight of l2 during L-BFGS. */
    public TrainingConfig withLbfgs(int steps, int memory, double lambdaDuringLbfgs) {
        return new TrainingConfig(networks, width, depth, activation, lambda, adamSteps, learningRate,
                finalLearningRate, batchSize, steps, memory, lambdaDuringLbfgs, gradientFloor, restarts,
                restartThreshold, seed, reportEvery);
    }

    public TrainingConfig withGradientFloor(double value) {
        return new TrainingConfig(networks, width, depth, activation, lambda, adamSteps, learningRate,
                finalLearningRate, batchSize, lbfgsSteps, lbfgsMemory, lbfgsLambda, value, restarts,
                restartThreshold, seed, reportEvery);
    }

    public TrainingConfig withRestarts(int rounds, double threshold) {
        return new TrainingConfig(networks, width, depth, activation, lambda, adamSteps, learningRate,
                finalLearningRate, batchSize, lbfgsSteps, lbfgsMemory, lbfgsLambda, gradientFloor, rounds,
                threshold, seed, reportEvery);
    }

    public TrainingConfig withSeed(long value) {
        return new TrainingConfig(networks, width, depth, activation, lambda, adamSteps, learningRate,
                finalLearningRate, batchSize, lbfgsSteps, lbfgsMemory, lbfgsLambda, gradientFloor, restarts,
                restartThreshold, value, reportEvery);
    }

    public TrainingConfig withReportEvery(int value) {
        return new TrainingConfig(networks, width, depth, activation, lambda, adamSteps, learningRate,
                finalLearningRate, batchSize, lbfgsSteps, lbfgsMemory, lbfgsLambda, gradientFloor, restarts,
                restartThreshold, seed, value);
    }
}
