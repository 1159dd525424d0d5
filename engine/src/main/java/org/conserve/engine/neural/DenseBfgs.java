package org.conserve.engine.neural;

/**
 * BFGS with a dense inverse-Hessian estimate and a strong-Wolfe line search (Nocedal and Wright,
 * Numerical Optimization, algorithms 6.1, 3.5 and 3.6). Where {@link Lbfgs} keeps m correction pairs,
 * this keeps the whole P x P estimate: an update costs about 4 P^2 flops, against about 10 B P for the
 * conservation loss's gradient on B points, so for P up to a few B the update costs no more than the
 * gradient, and the full curvature is what takes a smooth fit from 1e-4 to 1e-9 and beyond (Michaud, Liu,
 * Tegmark, "Precision Machine Learning", 2023). The estimate starts as {@code (s.y / y.y) I} after the
 * first step (their eq. 6.20); the strong Wolfe conditions keep {@code s.y > 0}, so it stays positive
 * definite.
 *
 * <p>Not thread-safe.
 */
final class DenseBfgs {
    private static final double SUFFICIENT_DECREASE = 1e-4;
    private static final double CURVATURE = 0.9;
    private static final int MAX_LINE_SEARCH_EVALUATIONS = 30;

    private double[] inverse;

    /**
     * Minimises from {@code x} (updated in place) for at most {@code maxIterations} iterations; returns the
     * iterations done. Stops early when the line search finds no decrease (the float64 floor of the
     * objective) or the monitor says so. The curvature estimate carries over from an earlier call on the same
     * instance (a warm start for a continued or slightly changed objective); a new instance starts afresh.
     */
    int minimise(Lbfgs.Objective objective, double[] x, int maxIterations, Lbfgs.Monitor monitor) {
        int p = x.length;
        if (inverse != null && inverse.length != p * p) {
            inverse = null;
        }
        double[] gradient = new double[p];
        double[] direction = new double[p];
        double[] trial = new double[p];
        double[] trialGradient = new double[p];
        double[] s = new double[p];
        double[] y = new double[p];
        double[] hy = new double[p];
        double value = objective.evaluate(x, gradient);
        if (!Double.isFinite(value)) {
            return 0;
        }
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            applyInverse(gradient, direction);
            double slope = Lbfgs.dot(gradient, direction);
            if (!(slope < 0)) {
                inverse = null; // lost descent: restart from the gradient
                applyInverse(gradient, direction);
                slope = Lbfgs.dot(gradient, direction);
                if (!(slope < 0)) {
                    return iteration - 1;
                }
            }
            double initialStep = inverse == null ? Math.min(1.0, 1.0 / Math.sqrt(Lbfgs.dot(gradient, gradient))) : 1.0;
            double trialValue = lineSearch(objective, x, value, slope, direction, initialStep, trial, trialGradient);
            if (Double.isNaN(trialValue)) {
                return iteration - 1;
            }
            for (int k = 0; k < p; k++) {
                s[k] = trial[k] - x[k];
                y[k] = trialGradient[k] - gradient[k];
            }
            update(s, y, hy);
            System.arraycopy(trial, 0, x, 0, p);
            System.arraycopy(trialGradient, 0, gradient, 0, p);
            value = trialValue;
            if (!monitor.afterIteration(iteration, value)) {
                return iteration;
            }
        }
        return maxIterations;
    }

    /** direction = -H g (H = I before the first update). */
    private void applyInverse(double[] g, double[] direction) {
        int p = g.length;
        if (inverse == null) {
            for (int k = 0; k < p; k++) {
                direction[k] = -g[k];
            }
            return;
        }
        for (int i = 0; i < p; i++) {
            double sum = 0;
            int row = i * p;
            for (int j = 0; j < p; j++) {
                sum += inverse[row + j] * g[j];
            }
            direction[i] = -sum;
        }
    }

    /** H+ = (I - rho s y^T) H (I - rho y s^T) + rho s s^T, skipped when s.y is not positive. */
    private void update(double[] s, double[] y, double[] hy) {
        int p = s.length;
        double sy = Lbfgs.dot(s, y);
        if (!(sy > 1e-300) || !(sy > 1e-14 * Math.sqrt(Lbfgs.dot(s, s) * Lbfgs.dot(y, y)))) {
            return;
        }
        if (inverse == null) {
            inverse = new double[p * p];
            double scale = sy / Lbfgs.dot(y, y);
            for (int i = 0; i < p; i++) {
                inverse[i * p + i] = scale;
            }
        }
        double rho = 1 / sy;
        for (int i = 0; i < p; i++) {
            double sum = 0;
            int row = i * p;
            for (int j = 0; j < p; j++) {
                sum += inverse[row + j] * y[j];
            }
            hy[i] = sum;
        }
        double yhy = Lbfgs.dot(y, hy);
        double ss = rho * rho * yhy + rho;
        for (int i = 0; i < p; i++) {
            int row = i * p;
            double si = s[i];
            double hyi = hy[i];
            for (int j = 0; j < p; j++) {
                inverse[row + j] += -rho * (si * hy[j] + hyi * s[j]) + ss * si * s[j];
            }
        }
    }

    /**
     * Finds a step along {@code direction} meeting the strong Wolfe conditions; writes the point and its
     * gradient into {@code trial} and {@code trialGradient} and returns its value, or NaN when none
     * decreases the objective. Falls back to the best point with sufficient decrease when the curvature
     * condition cannot be met within the evaluation budget.
     */
    private double lineSearch(Lbfgs.Objective objective, double[] x, double value, double slope, double[] direction,
                              double initialStep, double[] trial, double[] trialGradient) {
        double previousStep = 0;
        double previousValue = value;
        double step = initialStep;
        double bestStep = Double.NaN;
        double bestValue = Double.POSITIVE_INFINITY;
        double low = Double.NaN;
        double lowValue = 0;
        double high = Double.NaN;
        for (int evaluation = 0; evaluation < MAX_LINE_SEARCH_EVALUATIONS; evaluation++) {
            double trialValue = evaluateAt(objective, x, step, direction, trial, trialGradient);
            double trialSlope = Lbfgs.dot(trialGradient, direction);
            boolean decreases = trialValue <= value + SUFFICIENT_DECREASE * step * slope;
            if (decreases && trialValue < bestValue) {
                bestValue = trialValue;
                bestStep = step;
            }
            if (Double.isNaN(low)) { // bracketing phase
                if (!decreases || (evaluation > 0 && trialValue >= previousValue)) {
                    low = previousStep;
                    lowValue = previousValue;
                    high = step;
                } else if (Math.abs(trialSlope) <= -CURVATURE * slope) {
                    return trialValue;
                } else if (trialSlope >= 0) {
                    low = step;
                    lowValue = trialValue;
                    high = previousStep;
                } else {
                    previousStep = step;
                    previousValue = trialValue;
                    step *= 2;
                    continue;
                }
            } else { // zoom phase: step lies between low and high
                if (!decreases || trialValue >= lowValue) {
                    high = step;
                } else {
                    if (Math.abs(trialSlope) <= -CURVATURE * slope) {
                        return trialValue;
                    }
                    if (trialSlope * (high - low) >= 0) {
                        high = low;
                    }
                    low = step;
                    lowValue = trialValue;
                }
            }
            step = low + 0.5 * (high - low); // bisection: robust where the value jumps (a vanishing gradient at a point)
            if (Math.abs(high - low) <= 1e-16 * Math.max(1.0, Math.abs(low))) {
                break;
            }
        }
        if (Double.isNaN(bestStep)) {
            return Double.NaN;
        }
        return evaluateAt(objective, x, bestStep, direction, trial, trialGradient);
    }

    private static double evaluateAt(Lbfgs.Objective objective, double[] x, double step, double[] direction,
                                     double[] trial, double[] trialGradient) {
        for (int k = 0; k < x.length; k++) {
            trial[k] = x[k] + step * direction[k];
        }
        return objective.evaluate(trial, trialGradient);
    }
}
