package org.conserve.engine.neural;

/**
 * Limited-memory BFGS (Nocedal and Wright, Numerical Optimization, algorithms 7.4 and 7.5) with a
 * backtracking Armijo line search. Written here because Hipparchus offers no quasi-Newton method
 * for smooth unconstrained problems with an analytic gradient. The two-loop recursion is
 * O(m P) per iteration for P parameters; the objective evaluation dominates. Curvature pairs with
 * {@code s.y <= 1e-12 |s||y|} are skipped, which keeps the inverse-Hessian estimate positive definite.
 *
 * <p>Not thread-safe.
 */
final class Lbfgs {

    /** The function to minimise: returns f(x) and writes grad f(x) into {@code gradient}. */
    interface Objective {
        double evaluate(double[] x, double[] gradient);
    }

    /** Called after each iteration; returns false to stop. */
    interface Monitor {
        boolean afterIteration(int iteration, double value);
    }

    private static final double ARMIJO = 1e-4;
    private static final int MAX_BACKTRACKS = 40;
    private final int memory;

    Lbfgs(int memory) {
        this.memory = memory;
    }

    /**
     * Minimises from {@code x} (updated in place) for at most {@code maxIterations} iterations;
     * returns the number of iterations done. Stops early when the line search finds no decrease
     * (the precision floor of float64 was reached) or the monitor says so.
     */
    int minimise(Objective objective, double[] x, int maxIterations, Monitor monitor) {
        int p = x.length;
        double[][] s = new double[memory][p];
        double[][] y = new double[memory][p];
        double[] rho = new double[memory];
        double[] alpha = new double[memory];
        double[] gradient = new double[p];
        double[] trialGradient = new double[p];
        double[] direction = new double[p];
        double[] trial = new double[p];
        double value = objective.evaluate(x, gradient);
        int stored = 0;
        int newest = -1;
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            twoLoop(gradient, s, y, rho, alpha, stored, newest, direction);
            double slope = dot(gradient, direction);
            if (!(slope < 0)) {
                for (int k = 0; k < p; k++) {
                    direction[k] = -gradient[k];
                }
                slope = dot(gradient, direction);
                stored = 0;
                if (!(slope < 0)) {
                    return iteration - 1;
                }
            }
            double step = stored == 0 ? Math.min(1.0, 1.0 / Math.sqrt(-slope)) : 1.0;
            double trialValue = Double.NaN;
            boolean accepted = false;
            for (int backtrack = 0; backtrack < MAX_BACKTRACKS; backtrack++) {
                for (int k = 0; k < p; k++) {
                    trial[k] = x[k] + step * direction[k];
                }
                trialValue = objective.evaluate(trial, trialGradient);
                if (trialValue <= value + ARMIJO * step * slope) {
                    accepted = true;
                    break;
                }
                step *= 0.5;
            }
            if (!accepted) {
                return iteration - 1;
            }
            double sy = 0;
            double ss = 0;
            double yy = 0;
            for (int k = 0; k < p; k++) {
                double sk = trial[k] - x[k];
                double yk = trialGradient[k] - gradient[k];
                sy += sk * yk;
                ss += sk * sk;
                yy += yk * yk;
            }
            if (sy > 1e-12 * Math.sqrt(ss * yy)) {
                int slot = (newest + 1) % memory;
                for (int k = 0; k < p; k++) {
                    s[slot][k] = trial[k] - x[k];
                    y[slot][k] = trialGradient[k] - gradient[k];
                }
                rho[slot] = 1 / sy;
                newest = slot;
                stored = Math.min(stored + 1, memory);
            }
            System.arraycopy(trial, 0, x, 0, p);
            System.arraycopy(trialGradient, 0, gradient, 0, p);
            value = trialValue;
            if (!monitor.afterIteration(iteration, value)) {
                return iteration;
            }
        }
        return maxIterations;
    }

    /** direction = -H g with the L-BFGS inverse-Hessian estimate H. */
    private static void twoLoop(double[] gradient, double[][] s, double[][] y, double[] rho, double[] alpha,
            int stored, int newest, double[] direction) {
        int memory = s.length;
        for (int k = 0; k < gradient.length; k++) {
            direction[k] = -gradient[k];
        }
        for (int back = 0; back < stored; back++) {
            int slot = Math.floorMod(newest - back, memory);
            alpha[slot] = rho[slot] * dot(s[slot], direction);
            axpy(-alpha[slot], y[slot], direction);
        }
        if (stored > 0) {
            double gamma = 1 / (rho[newest] * dot(y[newest], y[newest]));
            for (int k = 0; k < direction.length; k++) {
                direction[k] *= gamma;
            }
        }
        for (int back = stored - 1; back >= 0; back--) {
            int slot = Math.floorMod(newest - back, memory);
            double beta = rho[slot] * dot(y[slot], direction);
            axpy(alpha[slot] - beta, s[slot], direction);
        }
    }

    /** a . b (shared by the quasi-Newton methods of this package). */
    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int k = 0; k < x.length; k++) {
            y[k] += a * x[k];
        }
    }
}
