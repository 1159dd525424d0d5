package org.conserve.app.gui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.conserve.app.discovery.DiscoveryPipeline;
import org.conserve.app.gui.simulate.Display;
import org.conserve.engine.sampling.OdeSampler;
import org.conserve.engine.sampling.PdeSampleSet;
import org.conserve.engine.sampling.PdeSampler;
import org.conserve.engine.sampling.PdeSamplingSettings;
import org.conserve.engine.sampling.SampleSet;
import org.conserve.engine.system.OdeSystem;
import org.conserve.engine.system.PdeSystem;
import org.conserve.symbolic.file.Sampling;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;
import org.conserve.symbolic.file.SystemKind;
import org.conserve.symbolic.file.SystemLoader;

/**
 * Samples a system's phase space as its discovery does (same sample size rule, same seed, the engine's
 * samplers), for the phase-space slide. An ODE's points are projected on the first pair the animation
 * draws (a body's x and y, or the first two variables). Runs on a worker thread; stateless.
 */
final class PhaseSpaceSampler {
    /** PDE states drawn on the slide: enough to see their variety, few enough to tell apart. */
    static final int SHOWN_STATES = 6;

    private PhaseSpaceSampler() {
    }

    static PhaseSpaceSample sample(String fileName, String text, long seed) {
        SystemDefinition definition = SystemFiles.parse(fileName, text);
        return definition.kind() == SystemKind.PDE ? pde(definition, seed) : ode(definition, seed);
    }

    private static PhaseSpaceSample ode(SystemDefinition definition, long seed) {
        OdeSystem system = SystemLoader.ode(definition);
        int count = DiscoveryPipeline.samples(definition,
                new DiscoveryPipeline.Settings(null, null, null, null, null, seed));
        SampleSet samples = new OdeSampler().sample(system, count, seed);
        int[] pair = Display.forOde(system.variables()).pairs().get(0);
        double[] horizontal = new double[samples.size()];
        double[] vertical = new double[samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            horizontal[i] = samples.points()[i][pair[0]];
            vertical[i] = samples.points()[i][pair[1]];
        }
        List<String> variables = system.variables();
        String filter = samples.rejectedByFilter() > 0
                ? String.format(Locale.ROOT, ", %d draws outside the 'where' condition rejected",
                        samples.rejectedByFilter())
                : "";
        String description = String.format(Locale.ROOT, "%d points drawn uniformly in the %d-dimensional box"
                + " (seed %d)%s; shown projected on (%s, %s)", samples.size(), system.dimension(), seed, filter,
                variables.get(pair[0]), variables.get(pair[1]));
        return new PhaseSpaceSample(List.of(variables.get(pair[0]), variables.get(pair[1])), horizontal, vertical,
                List.of(), samples.size(), description);
    }

    private static PhaseSpaceSample pde(SystemDefinition definition, long seed) {
        PdeSystem system = SystemLoader.pde(definition);
        Sampling.States states = definition.sampling() instanceof Sampling.States given ? given
                : Sampling.States.DEFAULT;
        int shown = Math.min(SHOWN_STATES, states.states());
        PdeSampleSet set = new PdeSampler().sample(system,
                new PdeSamplingSettings(shown, states.modes(), states.amplitude(), 0.0), seed);
        List<double[]> drawn = new ArrayList<>();
        for (double[][] state : set.states()) {
            drawn.add(state[0]);
        }
        double[] grid = new double[system.grid().points()];
        for (int j = 0; j < grid.length; j++) {
            grid[j] = system.grid().x(j);
        }
        String field = system.fields().get(0);
        String description = String.format(Locale.ROOT, "%d of the %d random smooth periodic states (Fourier modes"
                + " 1 to %d, amplitude %s, seed %d); the field %s on %d grid points", shown, states.states(),
                states.modes(), compact(states.amplitude()), seed, field, grid.length);
        return new PhaseSpaceSample(List.of("x", field), grid, new double[0], drawn, states.states(), description);
    }

    private static String compact(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
