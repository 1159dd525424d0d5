package org.conserve.engine.independence;

import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealMatrix;

/**
 * The linearly independent conserved combinations of n functions, found by a generalised eigenproblem,
 * so that the independence analysis does not depend on how the networks happened to mix the laws.
 *
 * <p>With the gradients {@code G_p} (n x m) of the functions at P points and the unit rates
 * {@code f^_p = f_p/|f_p|}, a combination {@code K = c . H} has the conservation quotient
 * <pre>
 *   mu(c) = (c^T A c) / (c^T B c),   A = mean_p (G_p f^_p)(G_p f^_p)^T,   B = mean_p G_p G_p^T,
 * </pre>
 * the mean squared rate of change of K along the flow over the mean squared length of its gradient.
 * Its stationary points solve {@code A c = mu B c}: with {@code B = V L V^T}, {@code W = V L^(-1/2)}
 * (directions with {@code L <} {@value #DEGENERATE} times the largest are dropped: they are no function
 * at all) and {@code W^T A W = U M U^T}, the candidate combinations are the columns of {@code C = W U}
 * in ascending mu, uncorrelated in B (their gradients are orthogonal on average over the points, each
 * of mean squared length 1). A candidate is kept when its conservation loss, measured like a
 * network's ({@link ConservationCosines}, no gradient floor), is within the tolerance.
 *
 * <p>Components: {@code combinations[k][i]} is the weight of function i in kept combination k;
 * {@code losses[k]} its l1; {@code gradients[p][k][j]} its gradient at point p.
 *
 * <p>Why: two networks that learned nearly the same law (H_2 = H_1 + a small multiple of another law)
 * give a lopsided explained-ratio spectrum (1, 1e-4) that the gap floor reads as one law, although the
 * small direction is conserved to 1e-10. Unmixed, truly independent laws give balanced gradients,
 * while a difference that is only the networks' error is not conserved to the tolerance and drops
 * out. Use it where dependence can only be linear: for local densities {@code H = mean h(F)}, a
 * nonlinear function of one functional is not a functional of that form, so the laws' functionals are
 * independent exactly when they are linearly independent (modulo constants, which have no gradient).
 */
public record ConservedCombinations(double[][] combinations, double[] losses, double[][][] gradients) {
    /** Relative size of B's eigenvalues below which a direction is treated as no function at all. */
    public static final double DEGENERATE = 1e-14;

    /** The number of conserved combinations. */
    public int count() {
        return losses.length;
    }

    /**
     * Finds the conserved combinations of the functions whose gradients are {@code gradients[p][i][j]}
     * at points with rates {@code rates[p][j]}; points with f = 0 carry no information and are skipped.
     *
     * @throws EngineException INVALID_ARGUMENT when the shapes disagree or there are no points
     */
    public static ConservedCombinations find(double[][][] gradients, double[][] rates, double tolerance) {
        if (gradients.length == 0 || gradients.length != rates.length) {
            throw new EngineException(EngineError.INVALID_ARGUMENT, "need the same positive number of gradient and"
                    + " rate rows, got " + gradients.length + " and " + rates.length, "gradients", gradients.length);
        }
        int n = gradients[0].length;
        int m = rates[0].length;
        double[][] a = new double[n][n];
        double[][] b = new double[n][n];
        double[] along = new double[n];
        int used = 0;
        for (int p = 0; p < gradients.length; p++) {
            double rateNorm = Math.sqrt(ConservationCosines.dot(rates[p], rates[p]));
            if (rateNorm == 0) {
                continue;
            }
            used++;
            for (int i = 0; i < n; i++) {
                along[i] = ConservationCosines.dot(gradients[p][i], rates[p]) / rateNorm;
            }
            for (int i = 0; i < n; i++) {
                for (int k = i; k < n; k++) {
                    b[i][k] += ConservationCosines.dot(gradients[p][i], gradients[p][k]);
                    a[i][k] += along[i] * along[k];
                }
            }
        }
        if (used == 0) {
            return none(gradients.length);
        }
        symmetrise(a, used);
        symmetrise(b, used);
        EigenDecompositionSymmetric lengths = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(b, false));
        double[] eigen = lengths.getEigenvalues(); // descending
        int kept = 0;
        while (kept < n && eigen[kept] > DEGENERATE * eigen[0]) {
            kept++;
        }
        if (kept == 0) {
            return none(gradients.length);
        }
        RealMatrix whitening = new Array2DRowRealMatrix(n, kept);
        for (int c = 0; c < kept; c++) {
            double scale = 1 / Math.sqrt(eigen[c]);
            for (int i = 0; i < n; i++) {
                whitening.setEntry(i, c, lengths.getEigenvector(c).getEntry(i) * scale);
            }
        }
        RealMatrix reduced = whitening.transpose().multiply(new Array2DRowRealMatrix(a, false)).multiply(whitening);
        EigenDecompositionSymmetric quotients = new EigenDecompositionSymmetric(symmetric(reduced));
        double[] mu = quotients.getEigenvalues(); // descending: the most conserved last
        double[][] candidates = new double[kept][];
        for (int k = 0; k < kept; k++) {
            candidates[k] = whitening.operate(quotients.getEigenvector(kept - 1 - k)).toArray();
        }
        double[][][] combined = combine(gradients, candidates, m);
        double[] losses = ConservationCosines.perFunction(combined, rates, 0);
        int[] conserved = java.util.stream.IntStream.range(0, kept).filter(k -> losses[k] <= tolerance).toArray();
        double[][][] keptGradients = new double[gradients.length][conserved.length][];
        for (int p = 0; p < gradients.length; p++) {
            for (int c = 0; c < conserved.length; c++) {
                keptGradients[p][c] = combined[p][conserved[c]];
            }
        }
        double[][] keptCombinations = new double[conserved.length][];
        double[] keptLosses = new double[conserved.length];
        for (int c = 0; c < conserved.length; c++) {
            keptCombinations[c] = candidates[conserved[c]];
            keptLosses[c] = losses[conserved[c]];
        }
        return new ConservedCombinations(keptCombinations, keptLosses, keptGradients);
    }

    private static double[][][] combine(double[][][] gradients, double[][] combinations, int m) {
        double[][][] combined = new double[gradients.length][combinations.length][m];
        for (int p = 0; p < gradients.length; p++) {
            for (int k = 0; k < combinations.length; k++) {
                for (int i = 0; i < combinations[k].length; i++) {
                    double weight = combinations[k][i];
                    for (int j = 0; j < m; j++) {
                        combined[p][k][j] += weight * gradients[p][i][j];
                    }
                }
            }
        }
        return combined;
    }

    private static ConservedCombinations none(int points) {
        return new ConservedCombinations(new double[0][], new double[0], new double[points][0][]);
    }

    /** Fills the lower triangle from the upper one and divides by the number of points (sums to means). */
    private static void symmetrise(double[][] upper, int points) {
        for (int i = 0; i < upper.length; i++) {
            for (int k = i; k < upper.length; k++) {
                upper[i][k] /= points;
                upper[k][i] = upper[i][k];
            }
        }
    }

    private static RealMatrix symmetric(RealMatrix matrix) {
        return matrix.add(matrix.transpose()).scalarMultiply(0.5);
    }
}
