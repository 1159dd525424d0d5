package org.conserve.app.gui.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.conserve.app.discovery.DiscoveryPipeline;
import org.conserve.app.discovery.OdeReports;
import org.conserve.app.gui.discover.DiscoverResult;
import org.conserve.app.report.UnprovedLawsCaution;
import org.conserve.engine.discovery.NeuralResult;
import org.conserve.engine.system.OdeSystem;
import org.conserve.examples.Catalogue;
import org.conserve.symbolic.discovery.Agreement;
import org.conserve.symbolic.discovery.SymbolicDiscovery;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;
import org.junit.jupiter.api.Test;

/** The desktop app's laws summary carries the same caution as the command line's report. */
class LawTableCautionTest {

    @Test
    void theSummaryEndsWithTheCautionWhenAnUnexplainedLawRestsOnImpreciseNetworks() {
        SystemDefinition definition = SystemFiles.parse("harmonic-oscillator.yaml",
                Catalogue.find("harmonic-oscillator").orElseThrow().text());
        OdeSystem system = SymbolicDiscovery.odeSystem(definition);
        // a short training (seeded): its conserved network ends between 1e-4 and the 1e-2 tolerance
        NeuralResult neural = DiscoveryPipeline.discovery(new DiscoveryPipeline.Settings(null, null, 200, 60, 0, 7L),
                200).run(system);
        DiscoveryPipeline.Formulas measured = DiscoveryPipeline.formulas(definition, system, neural, 7L);
        Agreement unexplained = new Agreement(0, neural.count(), measured.agreement().symbolic(),
                neural.count() + measured.agreement().symbolic());
        DiscoverResult result = new DiscoverResult(definition.name(), OdeReports.names(definition), neural,
                Optional.of(new DiscoveryPipeline.Formulas(measured.outcome(), unexplained)), false);
        String caution = UnprovedLawsCaution.of(neural, unexplained).orElseThrow(
                () -> new AssertionError("the fixture should be imprecise: l1 "
                        + java.util.Arrays.toString(neural.conservationLoss())));
        String summary = LawTable.summary(result);
        assertTrue(summary.endsWith(". Caution: " + caution), summary);

        DiscoverResult explained = new DiscoverResult(definition.name(), OdeReports.names(definition), neural,
                Optional.of(measured), false);
        assertEquals(Optional.empty(), UnprovedLawsCaution.of(neural, measured.agreement()));
        assertFalse(LawTable.summary(explained).contains("Caution"), LawTable.summary(explained));
    }
}
