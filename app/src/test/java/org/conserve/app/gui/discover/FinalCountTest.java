package org.conserve.app.gui.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.conserve.app.discovery.DiscoveryPipeline;
import org.conserve.app.discovery.OdeReports;
import org.conserve.app.gui.session.SessionCapture;
import org.conserve.app.report.DiscoveryReport;
import org.conserve.app.report.JsonReport;
import org.conserve.app.report.TextReport;
import org.conserve.symbolic.discovery.Agreement;
import org.junit.jupiter.api.Test;

/**
 * The desktop app states the same final ODE count as the command line, also when it differs from the neural one,
 * and both leave out unexplained laws that rest on imprecise networks.
 */
class FinalCountTest {

    @Test
    void theAppsCountIsTheCommandLinesJointCountOfNetworksAndFormulas() {
        ShortOscillatorRun run = ShortOscillatorRun.of(150, 50);
        DiscoveryPipeline.Formulas measured = run.measured();
        int neuralCount = run.neural().count();
        // as measured, then as on the double pendulum (the formula shows a network direction to be error:
        // together one fewer) and as when a formula adds a law the networks missed (one more)
        for (int union : new int[] {measured.agreement().union(), neuralCount - 1, neuralCount + 1}) {
            Agreement agreement = new Agreement(measured.agreement().explained(), neuralCount,
                    measured.agreement().symbolic(), union);
            DiscoveryPipeline.Formulas formulas = new DiscoveryPipeline.Formulas(measured.outcome(), agreement);
            int commandLine = OdeReports.of(run.definition(), run.neural(), Optional.of(formulas), "", 7L, 1.0).count();
            assertEquals(union, commandLine);
            assertEquals(commandLine, DiscoverViewModel.finalCount(run.result(Optional.of(formulas))), "union " + union);
        }
        assertEquals(neuralCount, DiscoverViewModel.finalCount(run.result(Optional.empty())));
    }

    @Test
    void unexplainedLawsOnImpreciseNetworksAreLeftOutOfTheCountOnBothSides() {
        // a shorter training: its networks end between 1e-4 and the 1e-2 tolerance (imprecise)
        ShortOscillatorRun run = ShortOscillatorRun.of(60, 0);
        DiscoveryPipeline.Formulas measured = run.measured();
        int neuralCount = run.neural().count();
        int formulaCount = measured.outcome().count();
        assertEquals(1, formulaCount, "the energy");
        // as on the double pendulum, seeds 2 and 3: the networks miss the formula, and together they count more
        Agreement missed = new Agreement(0, neuralCount, measured.agreement().symbolic(), neuralCount + formulaCount);
        DiscoveryPipeline.Formulas formulas = new DiscoveryPipeline.Formulas(measured.outcome(), missed);
        assertEquals(neuralCount, DiscoveryPipeline.leftOut(run.neural(), formulas));
        DiscoveryReport report = OdeReports.of(run.definition(), run.neural(), Optional.of(formulas), "", 7L, 1.0);
        assertEquals(formulaCount, report.count());
        assertTrue(report.caution().orElseThrow().contains("the count leaves"), report.caution().orElseThrow());
        assertEquals(neuralCount, JsonReport.tree(report).get("agreement").get("candidates").asInt());
        StringWriter printed = new StringWriter();
        TextReport.print(report, new PrintWriter(printed, true));
        String text = printed.toString();
        assertTrue(text.contains("Count: 1 independent conservation law, from the symbolic search, without "
                + neuralCount + " neural candidate"), text);
        assertEquals(formulaCount, DiscoverViewModel.finalCount(run.result(Optional.of(formulas))));
        // the app's saved session carries the command line's report
        ObjectNode saved = SessionCapture.of("harmonic-oscillator.yaml", "", Map.of(),
                run.result(Optional.of(formulas)), List.of(), 1.0).report();
        assertEquals(formulaCount, saved.get("count").asInt());
        assertEquals("symbolic", saved.get("countSource").asText());
        assertEquals(neuralCount, saved.get("agreement").get("candidates").asInt());
        assertEquals("1 independent law, without " + neuralCount + " neural candidate" + (neuralCount == 1 ? "" : "s"),
                DiscoverViewModel.countText(run.result(Optional.of(formulas))));

        // the same networks with every law explained: nothing is left out
        Agreement explained = new Agreement(neuralCount, neuralCount, measured.agreement().symbolic(), neuralCount);
        DiscoveryPipeline.Formulas all = new DiscoveryPipeline.Formulas(measured.outcome(), explained);
        assertEquals(0, DiscoveryPipeline.leftOut(run.neural(), all));
        assertEquals(neuralCount, DiscoverViewModel.finalCount(run.result(Optional.of(all))));
        assertEquals(neuralCount + " independent law" + (neuralCount == 1 ? "" : "s"),
                DiscoverViewModel.countText(run.result(Optional.of(all))));
    }
}
