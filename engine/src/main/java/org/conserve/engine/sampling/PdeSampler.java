package org.conserve.engine.sampling;

import java.util.List;
import java.util.SplittableRandom;
import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;
import org.conserve.engine.spectral.SpectralDerivatives;
import org.conserve.engine.system.Jet;
import org.conserve.engine.system.PdeSystem;

/**
 * Samples a PDE: seeded random smooth periodic states ({@link RandomPeriodicStates}), their jets by
 * spectral differentiation, the rates F and the density features at every grid point.
 *
 * <p>A state on which F is not finite at some grid point is discarded and counted; at most
 * {@code 1000 x states} states are drawn before {@link EngineError#NO_SAMPLES}. The random generator is a
 * {@link SplittableRandom} seeded with the seed; states are drawn one after another, fields in order.
 *
 * <p>Stateless; each call makes its own buffers, so one instance may be used from several threads.
 */
public final class PdeSampler {
    private static final int MAX_DRAWS_PER_STATE = 1000;

    public PdeSampleSet sample(PdeSystem system, PdeSamplingSettings settings, long seed) {
        Jet jet = system.jet();
        int n = system.grid().points();
        int fields = jet.fields().size();
        int order = jet.maxOrder();
        List<Integer> featureIndices = system.densityFeatures();
        RandomPeriodicStates generator = new RandomPeriodicStates(system.grid(), settings);
        SpectralDerivatives derivatives = new SpectralDerivatives(system.grid());
        SplittableRandom random = new SplittableRandom(seed);

        int count = settings.states();
        double[][][] states = new double[count][fields][n];
        double[][] jets = new double[count * n][jet.size()];
        double[][] rates = new double[count * n][fields];
        double[][] derivativeRows = new double[order + 1][n];
        long dropped = 0;
        int kept = 0;
        long maxDraws = (long) MAX_DRAWS_PER_STATE * count;
        for (long draw = 0; kept < count && draw < maxDraws; draw++) {
            double[][] state = states[kept];
            for (int f = 0; f < fields; f++) {
                generator.draw(random, state[f]);
                derivatives.derivatives(state[f], order, derivativeRows);
                for (int m = 0; m <= order; m++) {
                    int column = jet.index(f, m);
                    for (int j = 0; j < n; j++) {
                        jets[kept * n + j][column] = derivativeRows[m][j];
                    }
                }
            }
            boolean finite = true;
            for (int j = 0; j < n && finite; j++) {
                double[] rate = rates[kept * n + j];
                system.rate().evaluate(jets[kept * n + j], rate);
                finite = OdeSampler.allFinite(rate);
            }
            if (finite) {
                kept++;
            } else {
                dropped++;
            }
        }
        if (kept < count) {
            throw new EngineException(EngineError.NO_SAMPLES, "the equations were not finite (NaN or infinite) on "
                    + dropped + " of " + (kept + dropped) + " random states, found only " + kept + " of " + count
                    + ": lower sampling.amplitude, change sampling.mean, or check the equations for"
                    + " singularities", count, kept, dropped);
        }
        double[][] features = new double[count * n][featureIndices.size()];
        for (int r = 0; r < count * n; r++) {
            for (int i = 0; i < featureIndices.size(); i++) {
                features[r][i] = jets[r][featureIndices.get(i)];
            }
        }
        return new PdeSampleSet(jet, system.grid(), states, jets, rates, features, dropped, seed);
    }
}
