package org.conserve.app.discovery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.conserve.engine.discovery.NeuralResult;
import org.conserve.engine.neural.TrainedModel;
import org.conserve.engine.sampling.OdeSampler;
import org.conserve.engine.simulation.OdeSimulator;
import org.conserve.engine.simulation.OdeTrajectory;
import org.conserve.engine.system.OdeSystem;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;
import org.conserve.symbolic.file.SystemLoader;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/** Manual experiment (not a test): do network values stay constant along trajectories? */
public final class TrajectoryExperiment {
    public static void main(String[] args) {
        SystemDefinition definition = SystemFiles.read(Path.of(args[0]));
        long seed = Long.parseLong(args[1]);
        double endTime = Double.parseDouble(args[2]);
        int starts = Integer.parseInt(args[3]);
        int steps = 400;
        OdeSystem system = SystemLoader.ode(definition);
        DiscoveryPipeline.Settings settings = new DiscoveryPipeline.Settings(null, null, null, null, null, seed);
        NeuralResult neural = DiscoveryPipeline.discovery(definition, settings,
                DiscoveryPipeline.samples(definition, settings), true).run(system);
        TrainedModel model = neural.model();
        System.out.printf("neural count %d, ratios %s, l1 %s, %.1f s%n", neural.count(),
                Arrays.toString(neural.explainedRatios()), Arrays.toString(neural.conservationLoss()), neural.seconds());
        int[] kept = neural.conservedNetworks();
        if (Boolean.getBoolean("angles") && kept.length >= 2) {
            double[][] points = new OdeSampler().sample(system, 4000, seed + 555).points();
            double[][][] g = model.gradientsAt(points);
            double[] cosines = new double[points.length];
            for (int p = 0; p < points.length; p++) {
                double ab = 0, aa = 0, bb = 0;
                for (int k = 0; k < g[p][0].length; k++) {
                    ab += g[p][kept[0]][k] * g[p][kept[1]][k];
                    aa += g[p][kept[0]][k] * g[p][kept[0]][k];
                    bb += g[p][kept[1]][k] * g[p][kept[1]][k];
                }
                cosines[p] = Math.abs(ab) / Math.sqrt(aa * bb);
            }
            double mean = Arrays.stream(cosines).average().orElse(0);
            Arrays.sort(cosines);
            int m = cosines.length;
            System.out.printf("|cos| between networks %d and %d: mean %.5f min %.4f 10%% %.4f median %.4f 90%% %.4f max %.4f%n",
                    kept[0], kept[1], mean, cosines[0], cosines[m / 10], cosines[m / 2], cosines[m * 9 / 10], cosines[m - 1]);
        }
        if (Boolean.getBoolean("quantiles")) {
            org.conserve.engine.sampling.SampleSet fresh = new OdeSampler().sample(system, 4000, seed + 555);
            double[][][] g = model.gradientsAt(fresh.points());
            for (int i : kept) {
                double[] c2 = new double[fresh.size()];
                for (int p = 0; p < c2.length; p++) {
                    double gf = 0, gg = 0, ff = 0;
                    for (int k = 0; k < g[p][i].length; k++) {
                        gf += g[p][i][k] * fresh.rates()[p][k];
                        gg += g[p][i][k] * g[p][i][k];
                        ff += fresh.rates()[p][k] * fresh.rates()[p][k];
                    }
                    c2[p] = gf * gf / (gg * ff);
                }
                double mean = Arrays.stream(c2).average().orElse(0);
                Arrays.sort(c2);
                int m = c2.length;
                System.out.printf("network %d cos^2: mean %.2e median %.2e p90 %.2e p99 %.2e max %.2e; mean/median %.1f;"
                        + " share of the top 1%% %.2f%n", i, mean, c2[m / 2], c2[m * 9 / 10], c2[m * 99 / 100], c2[m - 1],
                        mean / c2[m / 2], Arrays.stream(c2, m * 99 / 100, m).sum() / (mean * m));
            }
            System.exit(0);
        }
        int n = kept.length;
        double[][] startPoints = new OdeSampler().sample(system, starts, seed + 777).points();
        double[][] sampleValues = model.values(startPoints);
        RealMatrix sampleCov = covariance(sampleValues, kept, 0, startPoints.length);
        RealMatrix trajCov = MatrixUtils.createRealMatrix(n, n);
        int used = 0;
        double totalLength = 0;
        OdeSimulator simulator = new OdeSimulator();
        for (double[] start : startPoints) {
            OdeTrajectory trajectory;
            try {
                trajectory = simulator.simulate(system.field(), start, endTime, steps, List.of());
            } catch (RuntimeException failure) {
                continue;
            }
            List<double[]> inside = new ArrayList<>();
            for (double[] state : trajectory.states()) {
                if (!inBox(system, state)) {
                    break;
                }
                inside.add(state);
            }
            if (inside.size() < 10) {
                continue;
            }
            double[][] values = model.values(inside.toArray(double[][]::new));
            trajCov = trajCov.add(covariance(values, kept, 0, inside.size()).scalarMultiply(inside.size()));
            totalLength += inside.size();
            used++;
        }
        trajCov = trajCov.scalarMultiply(1.0 / totalLength);
        System.out.printf("trajectories used %d of %d, mean length %.1f of %d outputs%n", used, starts,
                totalLength / Math.max(used, 1), steps + 1);
        // generalized eigenvalues of (trajCov, sampleCov): whiten by the sample covariance
        EigenDecompositionSymmetric sample = new EigenDecompositionSymmetric(sampleCov);
        RealMatrix whiten = MatrixUtils.createRealMatrix(n, n);
        double[] values = sample.getEigenvalues();
        for (int k = 0; k < n; k++) {
            RealMatrix v = MatrixUtils.createColumnRealMatrix(sample.getEigenvector(k).toArray());
            whiten = whiten.add(v.multiply(v.transpose()).scalarMultiply(1 / Math.sqrt(values[k])));
        }
        RealMatrix relative = whiten.multiply(trajCov).multiply(whiten);
        double[] mu = new EigenDecompositionSymmetric(relative.add(relative.transpose()).scalarMultiply(0.5))
                .getEigenvalues();
        Arrays.sort(mu);
        System.out.print("trajectory variance / sample variance, per direction:");
        for (double m : mu) {
            System.out.printf(" %.3e", m);
        }
        System.out.println();
        for (int k = 0; k < n; k++) {
            System.out.printf("network %d alone: %.3e%n", kept[k], trajCov.getEntry(k, k) / sampleCov.getEntry(k, k));
        }
        System.exit(0);
    }

    private static boolean inBox(OdeSystem system, double[] state) {
        for (int k = 0; k < state.length; k++) {
            if (!system.box().interval(k).contains(state[k])) {
                return false;
            }
        }
        return system.where().accepts(state);
    }

    private static RealMatrix covariance(double[][] values, int[] kept, int from, int to) {
        int n = kept.length;
        int count = to - from;
        double[] mean = new double[n];
        for (int a = 0; a < n; a++) {
            for (int p = from; p < to; p++) {
                mean[a] += values[kept[a]][p] / count;
            }
        }
        RealMatrix c = MatrixUtils.createRealMatrix(n, n);
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double s = 0;
                for (int p = from; p < to; p++) {
                    s += (values[kept[a]][p] - mean[a]) * (values[kept[b]][p] - mean[b]);
                }
                c.setEntry(a, b, s / count);
            }
        }
        return c;
    }
}
