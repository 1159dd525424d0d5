package org.conserve.engine.neural;

import org.conserve.engine.independence.IndependenceAnalysis;
import org.conserve.engine.independence.IndependenceReport;

/** Manual tuning harness (not a test): java ... TrainingExperiment system samples width adam lbfgs lambda seed batch. */
public final class TrainingExperiment {
    public static void main(String[] args) {
        String system = args[0];
        int count = Integer.parseInt(args[1]);
        int width = Integer.parseInt(args[2]);
        int adam = Integer.parseInt(args[3]);
        int lbfgs = Integer.parseInt(args[4]);
        double lambda = Double.parseDouble(args[5]);
        long seed = Long.parseLong(args[6]);
        int batch = args.length > 7 ? Integer.parseInt(args[7]) : 0;
        int networks = args.length > 8 ? Integer.parseInt(args[8]) : 0;
        double lr = args.length > 9 ? Double.parseDouble(args[9]) : 1e-2;
        Samples samples = sample(system, count, seed);
        TrainingConfig config = TrainingConfig.defaults().withArchitecture(width, Integer.parseInt(System.getProperty("depth", "2")), Activation.valueOf(System.getProperty("act", "SILU")))
                .withAdam(adam, lr, lr / 100, batch).withLbfgs(lbfgs, Integer.getInteger("memory", TrainingConfig.defaults().lbfgsMemory()), Double.parseDouble(System.getProperty("lbfgsLambda", "NaN"))).withLambda(lambda).withSeed(seed)
                .withNetworks(networks).withReportEvery(Integer.parseInt(System.getProperty("every", "250")))
                .withGradientFloor(Double.parseDouble(System.getProperty("floor", "1e-6")));
        InductiveBias bias = "radial".equals(System.getProperty("bias"))
                ? new InductiveBias.Radial(java.util.List.of(0, 1)) : InductiveBias.NONE;
        long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        TrainedModel model = new ConservationTrainer(config).train(samples, bias, progress -> {
            System.out.printf("%s %d l=%.3e l1=%.3e l2=%.3e %s elapsed %.1fs left %.1fs%n", progress.stage(),
                    progress.step(), progress.loss(), progress.l1(), progress.l2(),
                    java.util.Arrays.toString(progress.l1PerNetwork()), progress.elapsed().toMillis() / 1e3,
                    progress.remaining().toMillis() / 1e3);
            return TrainingListener.Action.CONTINUE;
        });
        IndependenceReport report = IndependenceAnalysis.defaults().analyse(model, samples.points());
        System.out.printf("final l1=%.3e l2=%.3e per %s adam %d lbfgs %d %.1fs%n", model.l1(), model.l2(),
                java.util.Arrays.toString(model.l1PerNetwork()), model.adamStepsDone(), model.lbfgsStepsDone(),
                model.seconds());
        System.out.println(report);
        Samples heldOut = sample(system, 2000, seed + 1000);
        System.out.println("held-out l1 " + java.util.Arrays.toString(model.l1PerNetworkAt(heldOut.points(), heldOut.rates())));
        System.out.println("held-out mean cos^2 without the gradient floor's term " + java.util.Arrays.toString(
                org.conserve.engine.independence.ConservationCosines.perFunction(model.gradientsAt(heldOut.points()),
                        heldOut.rates(), 0)));
        System.out.printf("bias %s cpu %.1fs%n", bias.name(),
                (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9);
        // -DbyRadius: mean cos^2 in bins of |z|; -DbyRadius=xpx: in bins of sqrt(x^2 + px^2) (coordinates 0 and 2),
        // the distance to the plane where the ratio-2 oscillator's cubic law has a vanishing gradient
        if (System.getProperty("byRadius") != null) {
            boolean xpx = "xpx".equals(System.getProperty("byRadius"));
            double[][] pts = heldOut.points();
            double[][] rts = heldOut.rates();
            double[][][] g = model.gradientsAt(pts);
            double[] edges = {0, 0.05, 0.1, 0.2, 0.5, 1, 2, 4};
            for (int net = 0; net < model.functionCount(); net++) {
                double[] sum = new double[edges.length];
                int[] n = new int[edges.length];
                for (int p = 0; p < pts.length; p++) {
                    double gf = 0, gg = 0, ff = 0, rr = 0;
                    for (int k = 0; k < pts[0].length; k++) {
                        gf += g[p][net][k] * rts[p][k];
                        gg += g[p][net][k] * g[p][net][k];
                        ff += rts[p][k] * rts[p][k];
                        rr += pts[p][k] * pts[p][k];
                    }
                    if (xpx) {
                        rr = pts[p][0] * pts[p][0] + pts[p][2] * pts[p][2];
                    }
                    int bin = 0;
                    while (bin + 1 < edges.length && Math.sqrt(rr) >= edges[bin + 1]) {
                        bin++;
                    }
                    sum[bin] += gf * gf / (gg * ff);
                    n[bin]++;
                }
                StringBuilder line = new StringBuilder("network " + net + " mean cos^2 by " + (xpx ? "sqrt(x^2 + px^2)" : "|z|") + ":");
                for (int b = 0; b < edges.length; b++) {
                    if (n[b] > 0) {
                        line.append(String.format(" [%.2f,..) n=%d %.2e (share %.2f)", edges[b], n[b], sum[b] / n[b],
                                sum[b] / java.util.Arrays.stream(sum).sum()));
                    }
                }
                System.out.println(line);
            }
        }
        if (System.getProperty("worst") != null) {
            double[][] pts = samples.points();
            double[][] rts = samples.rates();
            double[][][] g = new double[pts.length][model.functionCount()][pts[0].length];
            model.gradients(pts, g);
            int net = Integer.getInteger("worst");
            for (int p = 0; p < pts.length; p++) {
                double gf = 0, gg = 0, ff = 0;
                for (int k = 0; k < pts[0].length; k++) {
                    gf += g[p][net][k] * rts[p][k];
                    gg += g[p][net][k] * g[p][net][k];
                    ff += rts[p][k] * rts[p][k];
                }
                double cos2 = gf * gf / (gg * ff);
                if (cos2 > 0.05) {
                    System.out.printf("z=%s cos2=%.3f |g|=%.3e%n", java.util.Arrays.toString(pts[p]), cos2, Math.sqrt(gg));
                }
            }
        }
    }

    static Samples sample(String system, int count, long seed) {
        return switch (system) {
            case "osc1" -> TestSystems.uniform(TestSystems.OSCILLATOR_1D, count, -1, 1, 2, z -> true, seed);
            case "iso" -> TestSystems.uniform(TestSystems.ISOTROPIC_2D, count, -1, 1, 4, z -> true, seed);
            case "kepler" -> TestSystems.uniform(TestSystems.KEPLER, count, -2, 2, 4,
                    z -> Math.hypot(z[0], z[1]) > 0.5, seed);
            case "damped" -> TestSystems.uniform(TestSystems.DAMPED, count, -1, 1, 2, z -> true, seed);
            // the file's box x, px, py in [-2, 2], y in [-1, 1]
            case "ratio2" -> TestSystems.uniform(TestSystems.RATIO_2, count, -2, 2, 4, z -> Math.abs(z[1]) <= 1, seed);
            case "kepler-file" -> TestSystems.uniformBox(TestSystems.KEPLER, count,
                    new double[] {-2, -2, -1, -1}, new double[] {2, 2, 1, 1}, z -> Math.hypot(z[0], z[1]) > 0.5, seed);
            case "kepler-r" -> {
                // Kepler with r = |q| appended as a fifth coordinate (dr/dt = q.p/r): r - |q| is then a trivial law
                Samples base = TestSystems.uniformBox(TestSystems.KEPLER, count,
                        new double[] {-2, -2, -1, -1}, new double[] {2, 2, 1, 1}, z -> Math.hypot(z[0], z[1]) > 0.5, seed);
                double[][] points = new double[count][];
                double[][] rates = new double[count][];
                for (int p = 0; p < count; p++) {
                    double[] z = base.points()[p];
                    double[] f = base.rates()[p];
                    double r = Math.hypot(z[0], z[1]);
                    points[p] = new double[] {z[0], z[1], z[2], z[3], r};
                    rates[p] = new double[] {f[0], f[1], f[2], f[3], (z[0] * z[2] + z[1] * z[3]) / r};
                }
                yield new Samples(points, rates);
            }
            case "hh" -> TestSystems.uniformBox(TestSystems.HENON_HEILES, count,
                    new double[] {-0.9, -0.55, -0.6, -0.6}, new double[] {0.9, 1.05, 0.6, 0.6}, z -> {
                        double e = TestSystems.henonHeilesEnergy(z);
                        return e > 1.0 / 8 && e < 1.0 / 6 && z[1] > -0.5 && z[1] < 1 - Math.sqrt(3) * z[0]
                                && z[1] < 1 + Math.sqrt(3) * z[0];
                    }, seed);
            default -> throw new IllegalArgumentException(system);
        };
    }
}
