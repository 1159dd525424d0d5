package org.conserve.engine.neural;

import java.util.Arrays;

/**
 * Manual harness (not a test): java ... PrecisionExperiment system samples width seed [networks].
 * Prints every network's fit and the count.
 */
public final class PrecisionExperiment {
    public static void main(String[] args) {
        String system = args[0];
        int count = Integer.parseInt(args[1]);
        int width = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        int networks = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        TrainingConfig config = TrainingConfig.defaults().withArchitecture(width, Integer.getInteger("depth", 2),
                Activation.valueOf(System.getProperty("act", "TANH"))).withSeed(seed).withNetworks(networks)
                .withReportEvery(Integer.getInteger("every", 1000));
        Samples training = TrainingExperiment.sample(system, count, seed);
        Samples heldOut = TrainingExperiment.sample(system, count, seed + 1000);
        long t0 = System.nanoTime();
        TrainingListener listener = progress -> {
            System.out.printf("  it %d L=%.3e l1=%s %.1fs%n", progress.step(), progress.loss(),
                    Arrays.toString(progress.l1PerNetwork()), progress.elapsed().toMillis() / 1e3);
            return TrainingListener.Action.CONTINUE;
        };
        PrecisionTraining result = new PrecisionTrainer(config, Integer.getInteger("iterations", 3000))
                .train(training, heldOut, listener);
        for (NetworkFit fit : result.fits()) {
            System.out.println(fit);
        }
        if (system.startsWith("kepler")) {
            keplerDiagnosis(result.model(), heldOut.points());
        }
        System.out.printf("count %d in %.1f s%n", result.count(), (System.nanoTime() - t0) / 1e9);
    }

    /** Median squared distance of each network's unit gradient from span(grad E), span(grad L), span(both). */
    private static void keplerDiagnosis(TrainedModel model, double[][] points) {
        double[][][] g = model.gradientsAt(points);
        for (int i = 0; i < model.functionCount(); i++) {
            double[][] distances = new double[3][points.length];
            for (int p = 0; p < points.length; p++) {
                double x = points[p][0], y = points[p][1], px = points[p][2], py = points[p][3];
                double r3 = Math.pow(Math.hypot(x, y), 3);
                double[] gE = {x / r3, y / r3, px, py};
                double[] gL = {py, -px, -y, x};
                double[] u = unit(g[p][i]);
                distances[0][p] = residual(u, new double[][] {unit(gE)});
                distances[1][p] = residual(u, new double[][] {unit(gL)});
                double[] e = unit(gE);
                double[] l = gL.clone();
                double dot = 0;
                for (int k = 0; k < 4; k++) {
                    dot += e[k] * l[k];
                }
                for (int k = 0; k < 4; k++) {
                    l[k] -= dot * e[k];
                }
                distances[2][p] = residual(u, new double[][] {e, unit(l)});
            }
            System.out.printf("  H%d median distance^2 from span(grad E) %.1e, span(grad L) %.1e, span(both) %.1e%n",
                    i + 1, PrecisionTrainer.median(distances[0]), PrecisionTrainer.median(distances[1]),
                    PrecisionTrainer.median(distances[2]));
        }
    }

    private static double[] unit(double[] v) {
        double n = 0;
        for (double c : v) {
            n += c * c;
        }
        n = Math.sqrt(n);
        double[] u = v.clone();
        for (int k = 0; k < u.length; k++) {
            u[k] /= n;
        }
        return u;
    }

    private static double residual(double[] u, double[][] basis) {
        double[] v = u.clone();
        for (double[] b : basis) {
            double dot = 0;
            for (int k = 0; k < v.length; k++) {
                dot += b[k] * v[k];
            }
            for (int k = 0; k < v.length; k++) {
                v[k] -= dot * b[k];
            }
        }
        double sum = 0;
        for (double c : v) {
            sum += c * c;
        }
        return sum;
    }
}
