package org.conserve.symbolic.discovery;

import org.conserve.engine.discovery.NeuralResult;
import org.conserve.engine.independence.GradientSource;
import org.conserve.engine.independence.IndependenceAnalysis;
import org.conserve.engine.sampling.OdeSampler;
import org.conserve.engine.system.OdeSystem;

/**
 * How many of the neural independent directions the symbolic laws span. With N the neural count, S the
 * number of counted formulas and U the count of all of them together (networks and formulas, by the
 * same independence analysis on fresh points), {@code explained = N + S - U}: the dimension of the
 * intersection of the two gradient spans. When {@code explained < N} some neural laws have no formula
 * (outside the searched basis, or no closed form); when {@code explained < S} the formulas found more
 * than the networks, which is flagged rather than hidden.
 *
 * @param explained neural directions spanned by the formulas; {@link #NOT_MEASURED} when the comparison
 *                  was not made (PDE densities: the networks' functionals are not compared with the formulas')
 * @param neural    the neural count N
 * @param symbolic  the number S of counted formulas
 * @param union     the count U of networks and formulas together
 */
public record Agreement(int explained, int neural, int symbolic, int union) {

    /** {@link #explained()} of an agreement that was not measured. */
    public static final int NOT_MEASURED = -1;

    /** Points the comparison is measured on. */
    public static final int POINTS = 400;

    /** Measures the agreement on {@link #POINTS} fresh points of the system's box. */
    public static Agreement measure(NeuralResult neural, GradientSource laws, OdeSystem system, long seed) {
        double[][] points = new OdeSampler().sample(system, POINTS, seed ^ 0x5DEECE66DL).points();
        if (neural.conservedNetworks().length == 0) {
            return new Agreement(0, neural.count(), laws.functionCount(), laws.functionCount());
        }
        // Only the networks that conserve take part: a network that failed to learn a law points anywhere.
        GradientSource conserved = neural.model().restrictedTo(neural.conservedNetworks());
        int union = IndependenceAnalysis.defaults().analyse(new Union(conserved, laws), points).count();
        int explained = Math.max(0, Math.min(Math.min(neural.count(), laws.functionCount()),
                neural.count() + laws.functionCount() - union));
        return new Agreement(explained, neural.count(), laws.functionCount(), union);
    }

    /**
     * The agreement of PDE density networks with proved densities, which is not measured: both counts are
     * kept, and the union is taken as the larger (proved densities are certain, and so is a network count).
     */
    public static Agreement notMeasured(int neuralCount, int symbolicCount) {
        return new Agreement(NOT_MEASURED, neuralCount, symbolicCount, Math.max(neuralCount, symbolicCount));
    }

    /** Whether the comparison was made. */
    public boolean measured() {
        return explained != NOT_MEASURED;
    }

    /** The agreement when no formula was found. */
    public static Agreement none(int neuralCount) {
        return new Agreement(0, neuralCount, 0, neuralCount);
    }

    /** Whether the formulas account for exactly the neural laws. */
    public boolean complete() {
        return explained == neural && explained == symbolic;
    }

    /** For a person, e.g. "3 of 3 explained" or "1 of 2 explained; 1 law has no formula in the basis". */
    public String describe() {
        if (!measured()) {
            return symbolic + " proved " + (symbolic == 1 ? "law" : "laws") + " and a neural count of " + neural
                    + " (the networks are not compared with the formulas for PDEs)";
        }
        StringBuilder text = new StringBuilder(explained + " of " + neural + " explained");
        if (explained < neural) {
            int missing = neural - explained;
            text.append("; ").append(missing).append(missing == 1 ? " neural law has" : " neural laws have")
                    .append(" no formula in the searched basis (numeric only)");
        }
        if (explained < symbolic) {
            text.append("; the formulas give ").append(symbolic - explained)
                    .append(" more than the networks: check the neural count (flagged)");
        }
        return text.toString();
    }

    /** Networks and formulas as one gradient source, networks first. */
    private record Union(GradientSource first, GradientSource second) implements GradientSource {
        @Override
        public int functionCount() {
            return first.functionCount() + second.functionCount();
        }

        @Override
        public int dimension() {
            return first.dimension();
        }

        @Override
        public void gradients(double[][] points, double[][][] gradients) {
            int n = first.functionCount();
            int m = second.functionCount();
            int d = dimension();
            double[][][] a = new double[points.length][n][d];
            double[][][] b = new double[points.length][m][d];
            first.gradients(points, a);
            second.gradients(points, b);
            for (int p = 0; p < points.length; p++) {
                System.arraycopy(a[p], 0, gradients[p], 0, n);
                System.arraycopy(b[p], 0, gradients[p], n, m);
            }
        }
    }
}
