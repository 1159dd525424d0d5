package org.conserve.app.gui.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.conserve.app.discovery.DiscoveryPipeline;
import org.conserve.app.discovery.OdeReports;
import org.conserve.symbolic.discovery.Agreement;
import org.junit.jupiter.api.Test;

/** The desktop app states the same final ODE count as the command line, also when it differs from the neural one. */
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
}
