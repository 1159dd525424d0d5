package org.conserve.engine.independence;

/**
 * The conservation loss l1 of functions from their gradients, with the trainer's definition (see
 * {@code org.conserve.engine.neural.ConservationLoss}), for judging networks or their combinations at
 * points they were not trained on:
 * <pre>
 *   l1_i = mean_p [ (f^_p . g_ip)^2 + eps^2 / (|grad H_i(z_p)|^2 + eps^2) ],
 *   g = grad H / sqrt(|grad H|^2 + eps^2),   f^ = f/|f| (0 where f = 0).
 * </pre>
 * The second term is the collapse guard: a vanishing gradient scores 1, never 0. With eps = 0 a zero
 * gradient scores 1 and the term vanishes otherwise. Stateless.
 */
public final class ConservationCosines {
    private ConservationCosines() {
    }

    /**
     * @param gradients {@code gradients[p][i][k] = dH_i/dz_k (z_p)}
     * @param rates     {@code rates[p][k] = f_k(z_p)}
     * @param eps       the gradient floor (0 for none)
     * @return l1 of each function
     */
    public static double[] perFunction(double[][][] gradients, double[][] rates, double eps) {
        int n = gradients[0].length;
        double eps2 = eps * eps;
        double[] sums = new double[n];
        for (int p = 0; p < gradients.length; p++) {
            double rateNorm2 = dot(rates[p], rates[p]);
            for (int i = 0; i < n; i++) {
                double scaled2 = dot(gradients[p][i], gradients[p][i]) + eps2;
                if (scaled2 == 0) {
                    sums[i] += 1; // no gradient at all: not conserved
                    continue;
                }
                double along = dot(gradients[p][i], rates[p]);
                sums[i] += (rateNorm2 > 0 ? along * along / (rateNorm2 * scaled2) : 0) + eps2 / scaled2;
            }
        }
        for (int i = 0; i < n; i++) {
            sums[i] /= gradients.length;
        }
        return sums;
    }

    static double dot(double[] x, double[] y) {
        double sum = 0;
        for (int j = 0; j < x.length; j++) {
            sum += x[j] * y[j];
        }
        return sum;
    }
}
