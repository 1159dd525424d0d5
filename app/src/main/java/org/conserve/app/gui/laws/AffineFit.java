package org.conserve.app.gui.laws;

import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * The least-squares fit of values f_p by an affine combination c_0 + sum_i c_i H_i(p) of the networks'
 * values. Networks learn any function of the laws, so a single network need not equal a formula; on a
 * short slice a smooth function of it is close to affine, and several networks may share a law between
 * them. Solved with the singular value decomposition (the pseudo-inverse), so networks that are
 * combinations of each other do not break it.
 *
 * @param coefficients     c_0, c_1, ..., c_n
 * @param fitted           the combination at each point
 * @param relativeResidual ||f - fit|| / ||f - mean f||; the absolute ||f - fit|| / sqrt(m) when f is constant
 * @param constant         whether f is constant over the points (then the residual is absolute)
 */
record AffineFit(double[] coefficients, double[] fitted, double relativeResidual, boolean constant) {

    /** @param networks {@code networks[i][p]}, as many points as {@code f} */
    static AffineFit of(double[] f, double[][] networks) {
        int m = f.length;
        int n = networks.length;
        RealMatrix design = MatrixUtils.createRealMatrix(m, n + 1);
        for (int p = 0; p < m; p++) {
            design.setEntry(p, 0, 1);
            for (int i = 0; i < n; i++) {
                design.setEntry(p, i + 1, networks[i][p]);
            }
        }
        double[] coefficients = new SingularValueDecomposition(design).getSolver()
                .solve(new ArrayRealVector(f, false)).toArray();
        double[] fitted = design.operate(coefficients);
        double mean = 0;
        for (double value : f) {
            mean += value / m;
        }
        double residual = 0;
        double spread = 0;
        for (int p = 0; p < m; p++) {
            residual += (f[p] - fitted[p]) * (f[p] - fitted[p]);
            spread += (f[p] - mean) * (f[p] - mean);
        }
        boolean constant = Math.sqrt(spread) <= 1e-12 * Math.max(1, Math.abs(mean)) * Math.sqrt(m);
        double relative = constant ? Math.sqrt(residual / m) : Math.sqrt(residual / spread);
        return new AffineFit(coefficients, fitted, relative, constant);
    }
}
