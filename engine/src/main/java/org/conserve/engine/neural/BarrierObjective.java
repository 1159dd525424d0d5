package org.conserve.engine.neural;

/**
 * The training objective of a set of n networks that must be conserved and functionally independent,
 * on a fixed set of B points, in float64:
 * <pre>
 *   N_ip = sqrt(|grad H_i(z_p)|^2 + eps^2),   u_ip = grad H_i(z_p) / N_ip,   f^_p = f(z_p) / |f(z_p)|
 *   l1_i = mean_p [ (f^_p . u_ip)^2 + (1 - |u_ip|^2) ]                    (conservation, per network)
 *   b    = mean_p [ -log det G_p ],   (G_p)_ij = u_ip . u_jp              (independence barrier)
 *   L    = mean_i l1_i + w b
 * </pre>
 * {@code det G_p} is the squared volume spanned by the unit gradients at z_p: 1 for orthogonal ones,
 * 0 when they are dependent. Unlike the per-point cosine penalty of AI Poincare 2.0, the barrier is
 * nearly flat for well-separated gradients and grows only as they approach dependence, so a set of true
 * laws, whose gradients overlap (mean cos^2 0.1 to 0.4 on Kepler), is not pulled off its laws; lowering
 * w towards 0 (an interior-point path) lets l1 fall to the networks' precision while the barrier still
 * forbids collapse. The term {@code 1 - |u|^2 = eps^2/N^2} scores a vanishing gradient as not conserved.
 *
 * <p>Adjoints: {@code dL/du_i = (2/(nB)) (c_i f^ - u_i) - (2w/B) (G^-1 U)_i} with {@code c_i = f^ . u_i},
 * then {@code dL/dg_i = (a - u (u . a)) / N} for {@code a = dL/du_i}. G is factorised by Cholesky; a point
 * where it is not positive definite makes the value +infinity (a line search then backs off).
 *
 * <p>Not thread-safe: it owns its buffers.
 */
final class BarrierObjective {
    private final SmoothNetwork network;
    private SmoothNetwork[] scratch = new SmoothNetwork[0];
    private final int per;
    private final int d;
    private final double eps;
    private final double[][] points;
    private final double[][] unitRates;
    private int n;
    private double l1;
    private double barrier;
    private double[] l1PerNetwork = new double[0];
    private double[] logDeterminants = new double[0];
    private double[] independentL1 = new double[0];

    /**
     * @param network the shape shared by every network of the set
     * @param points  the points z_p [B][d]
     * @param rates   f(z_p) [B][d]; points where f = 0 get f^ = 0 (they carry no information)
     * @param eps     gradient floor eps
     */
    BarrierObjective(SmoothNetwork network, int d, double[][] points, double[][] rates, double eps) {
        this.network = network;
        this.per = network.parameterCount();
        this.d = d;
        this.eps = eps;
        this.points = points;
        this.unitRates = new double[rates.length][d];
        for (int p = 0; p < rates.length; p++) {
            double norm = 0;
            for (double component : rates[p]) {
                norm += component * component;
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < d; k++) {
                unitRates[p][k] = norm > 0 ? rates[p][k] / norm : 0.0;
            }
        }
    }

    int points() {
        return points.length;
    }

    /**
     * L at {@code theta} (n networks one after another, {@link SmoothNetwork}'s layout) with barrier weight
     * {@code w}; when {@code gradient} is not null, dL/dtheta is written into it. Also records the
     * per-network l1 and each point's log det G.
     */
    double evaluate(double[] theta, int networks, double w, double[] gradient) {
        n = networks;
        int count = points.length;
        if (gradient != null) {
            java.util.Arrays.fill(gradient, 0, n * per, 0.0);
        }
        double[][] unit = new double[n][d];
        double[] norms = new double[n];
        double[] cosines = new double[n];
        double[][] gram = new double[n][n];
        double[][] inverseTimesUnit = new double[n][d];
        double[] adjoint = new double[d];
        double[] raw = new double[d];
        double[] perNetwork = new double[n];
        double[] logDets = new double[count];
        double[] independentPart = new double[n];
        double barrierSum = 0;
        if (scratch.length < n) {
            SmoothNetwork[] grown = java.util.Arrays.copyOf(scratch, n);
            for (int i = scratch.length; i < n; i++) {
                grown[i] = network.sameShape();
            }
            scratch = grown;
        }
        for (int p = 0; p < count; p++) {
            double[] z = points[p];
            double[] fHat = unitRates[p];
            for (int i = 0; i < n; i++) {
                scratch[i].forward(theta, i * per, z);
                scratch[i].inputGradient(theta, i * per, raw);
                double squared = 0;
                for (int k = 0; k < d; k++) {
                    squared += raw[k] * raw[k];
                }
                double norm = Math.sqrt(squared + eps * eps);
                norms[i] = norm;
                double c = 0;
                double unitSquared = 0;
                for (int k = 0; k < d; k++) {
                    unit[i][k] = raw[k] / norm;
                    c += fHat[k] * unit[i][k];
                    unitSquared += unit[i][k] * unit[i][k];
                }
                cosines[i] = c;
                perNetwork[i] += c * c + (1 - unitSquared);
            }
            if (n > 1) {
                double logDet = logDetAndInverseTimes(unit, gram, inverseTimesUnit);
                if (Double.isNaN(logDet)) {
                    l1 = Double.NaN;
                    return Double.POSITIVE_INFINITY;
                }
                logDets[p] = logDet;
                barrierSum -= logDet;
                for (int i = 0; i < n; i++) {
                    independentPart[i] += squaredCosine(inverseTimesUnit[i], fHat);
                }
            } else {
                independentPart[0] += cosines[0] * cosines[0];
            }
            if (gradient == null) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                double along = 0;
                for (int k = 0; k < d; k++) {
                    double ak = 2.0 / (n * count) * (cosines[i] * fHat[k] - unit[i][k]);
                    if (n > 1) {
                        ak -= 2 * w / count * inverseTimesUnit[i][k];
                    }
                    adjoint[k] = ak;
                    along += ak * unit[i][k];
                }
                for (int k = 0; k < d; k++) {
                    adjoint[k] = (adjoint[k] - unit[i][k] * along) / norms[i];
                }
                scratch[i].accumulate(theta, i * per, adjoint, gradient);
            }
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            perNetwork[i] /= count;
            sum += perNetwork[i];
        }
        l1PerNetwork = perNetwork;
        for (int i = 0; i < n; i++) {
            independentPart[i] /= count;
        }
        independentL1 = independentPart;
        logDeterminants = logDets;
        l1 = sum / n;
        barrier = barrierSum / count;
        return l1 + (n > 1 ? w * barrier : 0.0);
    }

    /**
     * log det G of the unit gradients' Gram matrix, with {@code G^-1 U} written into {@code out};
     * NaN when G is not numerically positive definite.
     */
    private double logDetAndInverseTimes(double[][] unit, double[][] lower, double[][] out) {
        int size = unit.length;
        for (int i = 0; i < size; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                for (int k = 0; k < d; k++) {
                    sum += unit[i][k] * unit[j][k];
                }
                for (int m = 0; m < j; m++) {
                    sum -= lower[i][m] * lower[j][m];
                }
                if (i == j) {
                    if (!(sum > 0)) {
                        return Double.NaN;
                    }
                    lower[i][i] = Math.sqrt(sum);
                } else {
                    lower[i][j] = sum / lower[j][j];
                }
            }
        }
        double logDet = 0;
        for (int i = 0; i < size; i++) {
            logDet += 2 * Math.log(lower[i][i]);
        }
        // G X = U, column by column of U: forward then backward substitution
        for (int k = 0; k < d; k++) {
            for (int i = 0; i < size; i++) {
                double sum = unit[i][k];
                for (int m = 0; m < i; m++) {
                    sum -= lower[i][m] * out[m][k];
                }
                out[i][k] = sum / lower[i][i];
            }
            for (int i = size - 1; i >= 0; i--) {
                double sum = out[i][k];
                for (int m = i + 1; m < size; m++) {
                    sum -= lower[m][i] * out[m][k];
                }
                out[i][k] = sum / lower[i][i];
            }
        }
        return logDet;
    }

    /** cos^2 between v and f^ (0 for v = 0). */
    private static double squaredCosine(double[] v, double[] fHat) {
        double dot = 0;
        double squared = 0;
        for (int k = 0; k < v.length; k++) {
            dot += v[k] * fHat[k];
            squared += v[k] * v[k];
        }
        return squared > 0 ? dot * dot / squared : 0.0;
    }

    /**
     * Each network's <em>independent-part l1</em> at the last evaluation: mean over points of cos^2 between
     * f^ and the component of u_i orthogonal to the other networks' unit gradients (row i of G^-1 U, the dual
     * basis, is parallel to it). A network that is a function of the others plus a small multiple e of a new
     * function A has an ordinary l1 of order e^2 whatever A is; this measure is independent of e and says how
     * well the new direction itself is conserved. For one network it is its cos^2 term.
     */
    double[] independentL1() {
        return independentL1.clone();
    }

    /** Mean l1 over the networks at the last evaluation. */
    double l1() {
        return l1;
    }

    /** The barrier b (mean -log det G) at the last evaluation; 0 for a single network. */
    double barrier() {
        return barrier;
    }

    double[] l1PerNetwork() {
        return l1PerNetwork.clone();
    }

    /** Each point's log det G at the last evaluation (all 0 for one network). */
    double[] logDeterminants() {
        return logDeterminants.clone();
    }
}
