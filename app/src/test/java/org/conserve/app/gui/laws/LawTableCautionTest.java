package org.conserve.app.gui.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.conserve.app.discovery.DiscoveryPipeline;
import org.conserve.app.gui.discover.ShortOscillatorRun;
import org.conserve.app.report.UnprovedLawsCaution;
import org.conserve.symbolic.discovery.Agreement;
import org.junit.jupiter.api.Test;

/** The desktop app's laws summary carries the same caution as the command line's report, and its rows say which laws are candidates. */
class LawTableCautionTest {

    @Test
    void theSummaryEndsWithTheCautionWhenAnUnexplainedLawRestsOnImpreciseNetworks() {
        // a short training (seeded): its conserved network ends between 1e-4 and the 1e-2 tolerance
        ShortOscillatorRun run = ShortOscillatorRun.of(60, 0);
        DiscoveryPipeline.Formulas measured = run.measured();
        Agreement unexplained = new Agreement(0, run.neural().count(), measured.agreement().symbolic(),
                run.neural().count() + measured.agreement().symbolic());
        String caution = UnprovedLawsCaution.of(run.neural(), unexplained).orElseThrow(
                () -> new AssertionError("the fixture should be imprecise: l1 "
                        + Arrays.toString(run.neural().conservationLoss())));
        String summary = LawTable.summary(run.result(Optional.of(
                new DiscoveryPipeline.Formulas(measured.outcome(), unexplained))));
        assertTrue(summary.endsWith(". Caution: " + caution), summary);
        List<LawRow> rows = LawTable.rows(run.result(Optional.of(new DiscoveryPipeline.Formulas(measured.outcome(),
                unexplained))));
        List<String> networkRows = rows.stream().filter(row -> row.kind() == LawRow.Kind.NEURAL_ONLY)
                .map(LawRow::status).toList();
        assertEquals(Collections.nCopies(run.neural().count(), "candidate, not counted"), networkRows);

        assertEquals(Optional.empty(), UnprovedLawsCaution.of(run.neural(), measured.agreement()));
        String explained = LawTable.summary(run.result(Optional.of(measured)));
        assertFalse(explained.contains("Caution"), explained);
    }
}
