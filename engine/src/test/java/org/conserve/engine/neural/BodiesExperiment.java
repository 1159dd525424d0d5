package org.conserve.engine.neural;

import java.util.List;
import org.conserve.engine.independence.IndependenceAnalysis;
import org.conserve.engine.independence.IndependenceReport;

/**
 * Manual tuning harness for the bodies bias on the planar three-body problem (not a test):
 * java ... BodiesExperiment samples networks width adam batch lbfgs seed [bias: bodies|none].
 */
public final class BodiesExperiment {
    /** Planar three-body problem, z = (x1, y1, x2, y2, x3, y3, px1, py1, px2, py2, px3, py3), G = m = 1. */
    static final TestSystems.Field THREE_BODY = (z, f) -> {
        for (int i = 0; i < 3; i++) {
            f[2 * i] = z[6 + 2 * i];
            f[2 * i + 1] = z[7 + 2 * i];
            double ax = 0;
            double ay = 0;
            for (int j = 0; j < 3; j++) {
                if (j != i) {
                    double dx = z[2 * j] - z[2 * i];
                    double dy = z[2 * j + 1] - z[2 * i + 1];
                    double r3 = Math.pow(dx * dx + dy * dy, 1.5);
                    ax += dx / r3;
                    ay += dy / r3;
                }
            }
            f[6 + 2 * i] = ax;
            f[7 + 2 * i] = ay;
        }
    };

    static final InductiveBias BODIES = new InductiveBias.Bodies(
            List.of(List.of(0, 1, 6, 7), List.of(2, 3, 8, 9), List.of(4, 5, 10, 11)), 2);

    static Samples sample(int count, long seed) {
        return TestSystems.uniform(THREE_BODY, count, -2, 2, 12, BodiesExperiment::apart, seed);
    }

    /** Momenta in [-1, 1] (the file's box), positions in [-2, 2], pairs at least 1/2 apart. */
    private static boolean apart(double[] z) {
        for (int k = 6; k < 12; k++) {
            z[k] /= 2;
        }
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                if (Math.hypot(z[2 * i] - z[2 * j], z[2 * i + 1] - z[2 * j + 1]) <= 0.5) {
                    return false;
                }
            }
        }
        return true;
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        int networks = Integer.parseInt(args[1]);
        int width = Integer.parseInt(args[2]);
        int adam = Integer.parseInt(args[3]);
        int batch = Integer.parseInt(args[4]);
        int lbfgs = Integer.parseInt(args[5]);
        long seed = Long.parseLong(args[6]);
        InductiveBias bias = args.length > 7 && args[7].equals("none") ? InductiveBias.NONE : BODIES;
        double lr = Double.parseDouble(System.getProperty("lr", "1e-2"));
        Samples samples = sample(count, seed);
        TrainingConfig config = TrainingConfig.defaults().withArchitecture(width, 2, Activation.SILU)
                .withAdam(adam, lr, lr / 100, batch).withNetworks(networks).withSeed(seed)
                .withLambda(Double.parseDouble(System.getProperty("lambda", "0.1")))
                .withLbfgs(lbfgs, 20, Double.parseDouble(System.getProperty("lbfgsLambda", "1e-4")))
                .withReportEvery(Integer.parseInt(System.getProperty("every", "100")));
        long cpu0 = cpu();
        TrainedModel model = new ConservationTrainer(config).train(samples, bias, progress -> {
            System.out.printf("%s %d l1=%.3e l2=%.3e %s elapsed %.1fs left %.1fs cpu %.1fs%n", progress.stage(),
                    progress.step(), progress.l1(), progress.l2(),
                    java.util.Arrays.toString(java.util.Arrays.stream(progress.l1PerNetwork())
                            .mapToObj(v -> String.format("%.1e", v)).toArray()),
                    progress.elapsed().toMillis() / 1e3, progress.remaining().toMillis() / 1e3, (cpu() - cpu0) / 1e9);
            return TrainingListener.Action.CONTINUE;
        });
        Samples heldOut = sample(count, seed + 1000);
        IndependenceReport report = model.countIndependent(IndependenceAnalysis.defaults(), heldOut.points(),
                TrainedModel.CONSERVED_L1);
        System.out.printf("final l1=%.3e per %s adam %d lbfgs %d restarts %d %.1fs cpu %.1fs%n", model.l1(),
                java.util.Arrays.toString(model.l1PerNetwork()), model.adamStepsDone(), model.lbfgsStepsDone(),
                model.restartedNetworks(), model.seconds(), (cpu() - cpu0) / 1e9);
        System.out.println(report);
    }

    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
