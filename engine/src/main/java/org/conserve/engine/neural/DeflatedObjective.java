package org.conserve.engine.neural;

/**
 * The objective of one new network H against k accepted ones, which are held fixed: with
 * {@code u = grad H / sqrt(|grad H|^2 + eps^2)}, {@code Q_p} an orthonormal basis of the accepted networks'
 * unit gradients at z_p and {@code v = (I - Q Q^T) u} the part of u independent of them,
 * <pre>
 *   c_p  = f^_p . v_p / |v_p|                          (cosine of the independent part with f)
 *   L    = mean_p [ c_p^2 + (1 - |u_p|^2) ]
 * </pre>
 * The first term is scale-invariant in v: a network that becomes a function of the accepted ones plus a
 * small multiple e of something new gains nothing as e shrinks (its ordinary cos^2 would shrink like e^2),
 * so it must make the new direction itself conserved. With k = 0 it is the plain squared cosine of
 * AI Poincare 2.0; the second term scores a vanishing gradient as not conserved. A point where v vanishes
 * exactly scores c^2 = 1 (nothing independent there) and contributes no gradient.
 *
 * <p>Adjoints: {@code dL/dv = (2/B) [ (c/|v|) f^ - (c^2/|v|^2) v ]}, then
 * {@code dL/du = (I - QQ^T) dL/dv - (2/B) u} and {@code dL/dg = (a - u (u . a))/N} for {@code a = dL/du}.
 *
 * <p>Not thread-safe: it owns its buffers.
 */
final class DeflatedObjective {
    private final SmoothNetwork network;
    private final int d;
    private final double eps;
    private final double[][] points;
    private final double[][] unitRates;
    private final double[][][] basis;
    private double l1;
    private double independentL1;
    private double medianLogDistance;

    /**
     * @param network   the network's shape (its scratch buffers are used)
     * @param points    z_p [B][d]
     * @param unitRates f^_p [B][d] (0 where f = 0)
     * @param basis [B][k][d]: orthonormal rows spanning the accepted networks' unit gradients at each point
     *              (k = 0 for the first network)
     * @param eps       gradient floor eps
     */
    DeflatedObjective(SmoothNetwork network, int d, double[][] points, double[][] unitRates, double[][][] basis,
                      double eps) {
        this.network = network;
        this.d = d;
        this.eps = eps;
        this.points = points;
        this.unitRates = unitRates;
        this.basis = basis;
    }

    /** L at {@code theta} (one network from {@code base}); writes dL/dtheta into {@code gradient} if not null. */
    double evaluate(double[] theta, int base, double[] gradient) {
        int count = points.length;
        if (gradient != null) {
            java.util.Arrays.fill(gradient, 0.0);
        }
        double[] raw = new double[d];
        double[] u = new double[d];
        double[] v = new double[d];
        double[] a = new double[d];
        double[] logDistances = new double[count];
        double sum = 0;
        double ordinary = 0;
        double independent = 0;
        for (int p = 0; p < count; p++) {
            double[] fHat = unitRates[p];
            network.forward(theta, base, points[p]);
            network.inputGradient(theta, base, raw);
            double squared = 0;
            for (int k = 0; k < d; k++) {
                squared += raw[k] * raw[k];
            }
            double norm = Math.sqrt(squared + eps * eps);
            double uu = 0;
            double fu = 0;
            for (int k = 0; k < d; k++) {
                u[k] = raw[k] / norm;
                uu += u[k] * u[k];
                fu += fHat[k] * u[k];
            }
            project(basis[p], u, v);
            double vv = 0;
            double fv = 0;
            for (int k = 0; k < d; k++) {
                vv += v[k] * v[k];
                fv += fHat[k] * v[k];
            }
            ordinary += fu * fu + (1 - uu);
            if (!(vv > 0)) {
                sum += 1 + (1 - uu);
                independent += 1;
                logDistances[p] = Double.NEGATIVE_INFINITY;
                continue;
            }
            double c = fv / Math.sqrt(vv);
            independent += c * c;
            logDistances[p] = Math.log(vv);
            sum += c * c + (1 - uu);
            if (gradient == null) {
                continue;
            }
            double scale = 2.0 / count;
            double root = Math.sqrt(vv);
            for (int k = 0; k < d; k++) {
                a[k] = scale * ((c / root) * fHat[k] - (c * c / vv) * v[k]);
            }
            project(basis[p], a, a);
            double along = 0;
            for (int k = 0; k < d; k++) {
                a[k] -= scale * u[k];
                along += a[k] * u[k];
            }
            for (int k = 0; k < d; k++) {
                a[k] = (a[k] - u[k] * along) / norm;
            }
            network.accumulate(theta, base, a, gradient);
        }
        l1 = ordinary / count;
        independentL1 = independent / count;
        medianLogDistance = PrecisionTrainer.median(logDistances);
        return sum / count;
    }

    /** out = (I - Q Q^T) x (out may be x). */
    private void project(double[][] q, double[] x, double[] out) {
        if (out != x) {
            System.arraycopy(x, 0, out, 0, d);
        }
        for (double[] row : q) {
            double dot = 0;
            for (int k = 0; k < d; k++) {
                dot += row[k] * x[k];
            }
            for (int k = 0; k < d; k++) {
                out[k] -= dot * row[k];
            }
        }
    }

    /** The network's ordinary l1 (mean cos^2 of its whole unit gradient with f, plus the collapse guard). */
    double l1() {
        return l1;
    }

    /** Mean c^2: how well the part independent of the accepted networks is conserved. */
    double independentL1() {
        return independentL1;
    }

    /** Median over points of log |v|^2 (0: orthogonal to the accepted networks; very negative: dependent on them). */
    double medianLogDistance() {
        return medianLogDistance;
    }
}
