package org.conserve.app.gui.discover;

import java.util.Optional;

import org.conserve.app.discovery.DiscoveryPipeline;
import org.conserve.app.discovery.OdeReports;
import org.conserve.engine.discovery.NeuralResult;
import org.conserve.engine.system.OdeSystem;
import org.conserve.examples.Catalogue;
import org.conserve.symbolic.discovery.SymbolicDiscovery;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;

/**
 * A real, short, seeded discovery of the harmonic oscillator (200 points, seed 7) with its formula search,
 * for tests of what the app makes of a result.
 *
 * @param definition the system file
 * @param neural   the networks' result
 * @param measured the formulas and their measured agreement with the networks
 */
public record ShortOscillatorRun(SystemDefinition definition, NeuralResult neural, DiscoveryPipeline.Formulas measured) {

    /** Trains with {@code adamSteps} Adam steps and {@code lbfgsSteps} L-BFGS iterations, then searches. */
    public static ShortOscillatorRun of(int adamSteps, int lbfgsSteps) {
        SystemDefinition definition = SystemFiles.parse("harmonic-oscillator.yaml",
                Catalogue.find("harmonic-oscillator").orElseThrow().text());
        OdeSystem system = SymbolicDiscovery.odeSystem(definition);
        NeuralResult neural = DiscoveryPipeline.discovery(definition,
                new DiscoveryPipeline.Settings(null, null, 200, adamSteps, lbfgsSteps, 7L), 200, false).run(system);
        return new ShortOscillatorRun(definition, neural, DiscoveryPipeline.formulas(definition, system, neural, 7L));
    }

    /** The result the app would show with {@code formulas} (empty: the search did not run). */
    public DiscoverResult result(Optional<DiscoveryPipeline.Formulas> formulas) {
        return new DiscoverResult(definition.name(), OdeReports.names(definition), neural, formulas, false);
    }
}
