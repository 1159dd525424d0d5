package org.conserve.engine.neural;

import java.util.Arrays;

/**
 * Manual harness (not a test): java ... BarrierExperiment system samples width seed [networks].
 * Prints every stage of the barrier path and the count.
 */
public final class BarrierExperiment {
    public static void main(String[] args) {
        String system = args[0];
        int count = Integer.parseInt(args[1]);
        int width = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        int networks = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        TrainingConfig config = TrainingConfig.defaults().withArchitecture(width, Integer.getInteger("depth", 2),
                Activation.valueOf(System.getProperty("act", "TANH"))).withSeed(seed).withNetworks(networks)
                .withReportEvery(Integer.getInteger("every", 1000));
        BarrierSchedule schedule = BarrierSchedule.defaults().withIterations(Integer.getInteger("stage", 1000),
                Integer.getInteger("first", 3000));
        Samples training = TrainingExperiment.sample(system, count, seed);
        Samples heldOut = TrainingExperiment.sample(system, count, seed + 1000);
        long t0 = System.nanoTime();
        BarrierTraining result = new BarrierTrainer(config, schedule).train(training, heldOut, progress -> {
            System.out.printf("  it %d L=%.3e l1=%s %.1fs%n", progress.step(), progress.loss(),
                    Arrays.toString(progress.l1PerNetwork()), progress.elapsed().toMillis() / 1e3);
            return TrainingListener.Action.CONTINUE;
        });
        for (BarrierStage stage : result.path()) {
            System.out.printf("n=%d w=%.0e it=%d train %s held-out %s indep %s median logdet %.2f%n",
                    stage.networks(), stage.weight(), stage.iterations(), fmt(stage.trainingL1()),
                    fmt(stage.heldOutL1()), fmt(stage.independentL1()), stage.medianLogDet());
        }
        System.out.println(result.lastVerdict().describe());
        System.out.printf("count %d in %.1f s%n", result.count(), (System.nanoTime() - t0) / 1e9);
    }

    private static String fmt(double[] values) {
        StringBuilder text = new StringBuilder();
        for (double v : values) {
            text.append(String.format("%.1e ", v));
        }
        return text.toString().trim();
    }
}
