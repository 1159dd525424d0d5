package org.conserve.app.gui.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.conserve.app.discovery.DiscoveryPipeline;
import org.conserve.app.discovery.OdeReports;
import org.conserve.engine.discovery.NeuralResult;
import org.conserve.engine.system.OdeSystem;
import org.conserve.examples.Catalogue;
import org.conserve.symbolic.discovery.Agreement;
import org.conserve.symbolic.discovery.SymbolicDiscovery;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;
import org.junit.jupiter.api.Test;

/** The desktop app states the same final ODE count as the command line, also when it differs from the neural one. */
class FinalCountTest {

    @Test
    void theAppsCountIsTheCommandLinesJointCountOfNetworksAndFormulas() {
        SystemDefinition definition = SystemFiles.parse("harmonic-oscillator.yaml",
                Catalogue.find("harmonic-oscillator").orElseThrow().text());
        OdeSystem system = SymbolicDiscovery.odeSystem(definition);
        NeuralResult neural = DiscoveryPipeline.discovery(new DiscoveryPipeline.Settings(null, null, 200, 150, 50, 7L),
                200).run(system);
        DiscoveryPipeline.Formulas measured = DiscoveryPipeline.formulas(definition, system, neural, 7L);
        int neuralCount = neural.count();
        // as measured, then as on the double pendulum (the formula shows a network direction to be error:
        // together one fewer) and as when a formula adds a law the networks missed (one more)
        for (int union : new int[] {measured.agreement().union(), neuralCount - 1, neuralCount + 1}) {
            Agreement agreement = new Agreement(measured.agreement().explained(), neuralCount,
                    measured.agreement().symbolic(), union);
            DiscoveryPipeline.Formulas formulas = new DiscoveryPipeline.Formulas(measured.outcome(), agreement);
            DiscoverResult result = new DiscoverResult(definition.name(), OdeReports.names(definition), neural,
                    Optional.of(formulas), false);
            int commandLine = OdeReports.of(definition, neural, Optional.of(formulas), "", 7L, 1.0).count();
            assertEquals(union, commandLine);
            assertEquals(commandLine, DiscoverViewModel.finalCount(result), "union " + union);
        }
        DiscoverResult unsearched = new DiscoverResult(definition.name(), OdeReports.names(definition), neural,
                Optional.empty(), false);
        assertEquals(neuralCount, DiscoverViewModel.finalCount(unsearched));
    }
}
