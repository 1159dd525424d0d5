package org.conserve.app.discovery;

import java.util.Optional;

import org.conserve.app.report.DiscoveryReport;
import org.conserve.app.report.Versions;
import org.conserve.engine.discovery.NeuralResult;
import org.conserve.engine.discovery.PdeDiscovery;
import org.conserve.engine.neural.TrainingConfig;
import org.conserve.engine.sampling.PdeSamplingSettings;
import org.conserve.symbolic.discovery.SymbolicOutcome;
import org.conserve.symbolic.file.Sampling;
import org.conserve.symbolic.file.SystemDefinition;

/**
 * The PDE side of the discovery pipeline, for the command line and the desktop app: the neural
 * {@link PdeDiscovery} (local density networks) configured from a user's settings and the file, and
 * the report that combines it with the symbolic density search. Stateless; thread-safe.
 */
public final class PdePipeline {
    private PdePipeline() {
    }

    /** The file's random-state settings (sampling.states, modes, amplitude; mean 0). */
    public static PdeSamplingSettings sampling(SystemDefinition definition) {
        Sampling.States states = definition.sampling() instanceof Sampling.States given ? given
                : Sampling.States.DEFAULT;
        return new PdeSamplingSettings(states.states(), states.modes(), states.amplitude(), 0.0);
    }

    /**
     * The neural discovery {@code settings} describe; for a PDE {@code samples} counts random states
     * (default: the file's sampling.states).
     */
    public static PdeDiscovery discovery(DiscoveryPipeline.Settings settings) {
        TrainingConfig training = DiscoveryPipeline.trainingFrom(settings, PdeDiscovery.defaultTraining());
        PdeDiscovery discovery = PdeDiscovery.defaults().withSeed(settings.seed()).withTraining(training);
        return settings.samples() == null ? discovery : discovery.withStates(settings.samples());
    }

    /**
     * The report of a PDE run. The final count: the neural count alone, or with the density search the
     * larger of the two (proved densities are certain; the networks may also find laws outside the
     * search's polynomial ansatz, and the search may prove laws the networks missed).
     */
    public static DiscoveryReport report(SystemDefinition definition, NeuralResult neural,
                                         Optional<SymbolicOutcome> symbolic, String symbolicNote, long seed,
                                         double seconds) {
        int symbolicCount = symbolic.map(SymbolicOutcome::count).orElse(0);
        int count = Math.max(neural.count(), symbolicCount);
        String source = symbolic.isEmpty() || neural.count() >= symbolicCount ? "neural" : "proved symbolic";
        if (symbolic.isPresent() && neural.count() == symbolicCount) {
            source = "neural and proved symbolic";
        }
        return new DiscoveryReport(definition.name(), definition.file(), "pde", definition.dimension(), count, source,
                definition.expected().count(), seed,
                Versions.current(neural.provenance().nd4jVersion(), neural.provenance().backend()),
                Optional.of(neural), "", symbolic, symbolicNote, Optional.empty(), OdeReports.names(definition),
                seconds);
    }
}
