package org.conserve.engine.sampling;

import java.util.SplittableRandom;
import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;
import org.conserve.engine.system.PeriodicGrid;

/**
 * Random smooth periodic fields made of a few low Fourier modes:
 *
 * <pre>
 *   u(x) = mean + A sum_{k=1..modes} g_k cos(kappa_k (x - x_min) + phi_k),   kappa_k = 2 pi k / L,
 *   A = amplitude * sqrt(2 / modes),  g_k ~ N(0, 1),  phi_k ~ U[0, 2 pi).
 * </pre>
 *
 * Each mode contributes variance A^2 g_k^2 / 2 to the spatial mean of (u - mean)^2, so its expectation is
 * {@code amplitude^2}: {@code amplitude} is the typical root-mean-square size of a state. Equal expected
 * weight on every wavenumber up to {@code modes} (no decay) keeps all features (u, u_x, u_xx, ...) of
 * comparable relative spread; the state is band-limited, so spectral derivatives of it are exact.
 *
 * <p>Draws come from the given {@link SplittableRandom} in a fixed order (per field: for k = 1..modes,
 * g_k then phi_k), so a seed fixes the states. Not thread-safe (the random generator is shared).
 */
public final class RandomPeriodicStates {
    private final PeriodicGrid grid;
    private final PdeSamplingSettings settings;

    public RandomPeriodicStates(PeriodicGrid grid, PdeSamplingSettings settings) {
        if (2 * settings.modes() >= grid.points()) {
            throw new EngineException(EngineError.INVALID_ARGUMENT, "sampling.modes = " + settings.modes()
                    + " is too many for a grid of " + grid.points() + " points: use at most "
                    + (grid.points() - 1) / 2 + " modes, or more points", settings.modes(), grid.points());
        }
        this.grid = grid;
        this.settings = settings;
    }

    /** Writes one random field into {@code values} (length = grid points). */
    public void draw(SplittableRandom random, double[] values) {
        int n = grid.points();
        java.util.Arrays.fill(values, 0, n, settings.mean());
        double scale = settings.amplitude() * Math.sqrt(2.0 / settings.modes());
        for (int k = 1; k <= settings.modes(); k++) {
            double weight = scale * gaussian(random);
            double phase = 2 * Math.PI * random.nextDouble();
            double kappa = 2 * Math.PI * k / grid.length();
            for (int j = 0; j < n; j++) {
                values[j] += weight * Math.cos(kappa * (grid.x(j) - grid.domain().min()) + phase);
            }
        }
    }

    /** A standard normal draw (Box-Muller, one value per call; no state kept between calls). */
    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();  // in (0, 1]: log is finite
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
