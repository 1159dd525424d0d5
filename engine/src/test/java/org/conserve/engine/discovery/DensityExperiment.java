package org.conserve.engine.discovery;

import java.util.List;
import org.conserve.engine.neural.TrainingConfig;
import org.conserve.engine.neural.TrainingListener;
import org.conserve.engine.sampling.ExampleSystems;
import org.conserve.engine.sampling.PdeSamplingSettings;
import org.conserve.engine.system.PdeSystem;

/** Manual tuning harness (not a test): system(kdv-u|kdv|kdv-uxx|nls) states adam lbfgs batch networks seed width. */
public final class DensityExperiment {
    public static void main(String[] args) {
        PdeSystem kdv = ExampleSystems.kdv(-20, 20, 256);
        PdeSystem system = switch (args[0]) {
            case "kdv-u" -> withFeatures(kdv, List.of(0));
            case "kdv" -> kdv;
            case "kdv-uxx" -> withFeatures(kdv, List.of(0, 1, 2));
            case "nls" -> ExampleSystems.nls(-1, -20, 20, 256);
            default -> throw new IllegalArgumentException(args[0]);
        };
        int states = Integer.parseInt(args[1]);
        TrainingConfig config = PdeDiscovery.defaultTraining()
                .withAdam(Integer.parseInt(args[2]), Double.parseDouble(System.getProperty("lr", "1e-2")),
                        Double.parseDouble(System.getProperty("lr", "1e-2")) / 100, Integer.parseInt(args[4]))
                .withLbfgs(Integer.parseInt(args[3]), 20, 1e-4).withNetworks(Integer.parseInt(args[5]))
                .withArchitecture(Integer.parseInt(args[7]), 2, org.conserve.engine.neural.Activation.SILU)
                .withLambda(Double.parseDouble(System.getProperty("lambda", "0.1")))
                .withReportEvery(Integer.parseInt(System.getProperty("every", "100")));
        PdeDiscovery discovery = PdeDiscovery.defaults().withStates(states).withSeed(Long.parseLong(args[6]))
                .withTraining(config).withConservationTolerance(Double.parseDouble(System.getProperty("tol", "1e-4")));
        double[][] trainL1 = new double[1][];
        NeuralResult result = discovery.run(system, new PdeSamplingSettings(states, 6, 1, 0), new DiscoveryListener() {
            @Override
            public void onStage(DiscoveryStage stage, String detail) {
                System.out.println(stage + ": " + detail);
            }

            @Override
            public Action onProgress(org.conserve.engine.neural.TrainingProgress p) {
                System.out.printf("%s %d l=%.3e l1=%.3e l2=%.3e %s %.1fs left %.1fs%n", p.stage(), p.step(), p.loss(),
                        p.l1(), p.l2(), java.util.Arrays.toString(p.l1PerNetwork()), p.elapsed().toMillis() / 1e3,
                        p.remaining().toMillis() / 1e3);
                trainL1[0] = p.l1PerNetwork();
                return TrainingListener.Action.CONTINUE;
            }
        });
        System.out.println("training l1 " + java.util.Arrays.toString(trainL1[0]));
        System.out.printf("count %d conf %.3f ratios %s l1 %s %.1fs%n", result.count(), result.confidence(),
                java.util.Arrays.toString(result.explainedRatios()), java.util.Arrays.toString(result.conservationLoss()),
                result.seconds());
        System.out.println(result.independence());
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1e6);
    }

    static PdeSystem withFeatures(PdeSystem system, List<Integer> features) {
        return new PdeSystem(system.name(), "", system.jet(), system.grid(), system.rate(), system.linear(), features,
                java.util.OptionalInt.empty(), List.of());
    }
}
