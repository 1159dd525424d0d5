package org.conserve.app.gui.laws;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.conserve.app.discovery.DiscoveryPipeline;
import org.conserve.app.gui.discover.DiscoverResult;
import org.conserve.app.gui.math.TexFormatter;
import org.conserve.app.report.UnprovedLawsCaution;
import org.conserve.symbolic.discovery.SymbolicLaw;
import org.conserve.symbolic.proof.ProofStatus;

/**
 * Turns a discovery result into the laws table's rows and its summary line ("1 of 1 explained").
 * Stateless; thread-safe.
 */
public final class LawTable {
    private LawTable() {
    }

    /** The symbolic laws (counted first), then one row per neural law no formula explains. */
    public static List<LawRow> rows(DiscoverResult result) {
        TexFormatter tex = new TexFormatter(Set.copyOf(result.names()));
        List<LawRow> rows = new ArrayList<>();
        int explained = 0;
        if (result.formulas().isPresent()) {
            DiscoveryPipeline.Formulas formulas = result.formulas().get();
            int index = 1;
            for (SymbolicLaw law : formulas.outcome().laws()) {
                String name = law.independent() ? "I" + index++ : "";
                boolean proved = law.status() == ProofStatus.PROVED;
                String status = proved ? "proved"
                        : String.format(Locale.ROOT, "numeric (residual %.1e)", law.residual());
                if (!law.independent()) {
                    status += ", a function of the others";
                }
                rows.add(new LawRow(name, tex.format(law.expression()), law.expression(), status,
                        proved ? LawRow.Kind.PROVED : LawRow.Kind.NUMERIC));
            }
            // Unmeasured (PDE): only networks beyond the formulas' count are listed as neural-only.
            explained = formulas.agreement().measured() ? formulas.agreement().explained()
                    : formulas.agreement().symbolic();
        }
        int neuralOnly = Math.max(0, result.neural().count() - explained);
        // candidates rest on imprecise networks and are left out of the count (UnprovedLawsCaution)
        boolean candidates = DiscoveryPipeline.candidates(result.neural(), result.formulas()) > 0;
        for (int i = 1; i <= neuralOnly; i++) {
            String why = result.formulas().isPresent() ? "no formula in the searched basis"
                    : "formula search not run";
            rows.add(new LawRow("N" + i, "\\text{conserved network (" + why + ")}", "",
                    candidates ? "candidate, not counted" : "neural only", LawRow.Kind.NEURAL_ONLY));
        }
        return rows;
    }

    /** "3 of 3 explained", with what is missing or partial. */
    public static String summary(DiscoverResult result) {
        String line = result.formulas().map(formulas -> formulas.agreement().describe())
                .orElse("0 of " + result.neural().count() + " explained; the formula search did not run");
        String confidence = String.format(Locale.ROOT, "neural count %d (confidence %.0f%%)",
                result.neural().count(), 100 * result.neural().confidence());
        String partial = result.partial() ? "PARTIAL (stopped): " : "";
        String caution = result.formulas()
                .flatMap(formulas -> UnprovedLawsCaution.of(result.neural(), formulas.agreement()))
                .map(text -> ". Caution: " + text).orElse("");
        return partial + line + " \u2014 " + confidence + caution;
    }
}
