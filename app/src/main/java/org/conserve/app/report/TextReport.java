package org.conserve.app.report;

import java.io.PrintWriter;
import java.util.Locale;

import org.conserve.engine.discovery.NeuralResult;
import org.conserve.symbolic.discovery.SymbolicLaw;
import org.conserve.symbolic.discovery.SymbolicOutcome;
import org.conserve.symbolic.proof.ProofStatus;

/** The readable summary of a {@link DiscoveryReport}, as {@code conserve discover} prints it. Stateless. */
public final class TextReport {
    private TextReport() {
    }

    public static void print(DiscoveryReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "%s (%s): %s, dimension %d%n", report.system(), report.file(),
                report.kind().toUpperCase(Locale.ROOT), report.dimension());
        if (report.neural().isPresent()) {
            neural(report.neural().get(), report, out);
        } else {
            out.println("Neural:   " + report.neuralNote());
        }
        if (report.symbolic().isPresent()) {
            symbolic(report.symbolic().get(), report, out);
        } else {
            out.println("Symbolic: " + report.symbolicNote());
        }
        report.timeDependent().ifPresent(outcome -> {
            out.printf(Locale.ROOT, "Time-dependent: %d more independent law%s with t explicit (%s, %.1f s), not in the count%n",
                    outcome.count(), outcome.count() == 1 ? "" : "s", outcome.note(), outcome.seconds());
            for (SymbolicLaw law : outcome.laws()) {
                String status = law.status() == ProofStatus.PROVED ? "proved"
                        : String.format(Locale.ROOT, "numeric only (residual %.1e)", law.residual());
                out.printf(Locale.ROOT, "          %s   [%s]%n", law.expression(), status);
            }
        });
        String expected = report.expectedCount().isPresent()
                ? " (the file expects " + report.expectedCount().getAsInt() + ")" : "";
        out.printf(Locale.ROOT, "Count: %d independent conservation law%s, from the %s search%s%s; %.1f s in all%n",
                report.count(), report.count() == 1 ? "" : "s", report.countSource(),
                UnprovedLawsCaution.leftOutPhrase(report.candidates()), expected, report.seconds());
    }

    private static void neural(NeuralResult result, DiscoveryReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "Neural:   %d independent (confidence %.1f%%: per-point rank %d)%s%n", result.count(),
                100 * result.confidence(), result.independence().rankVote(),
                result.stopped() ? "  PARTIAL: training was stopped" : "");
        StringBuilder ratios = new StringBuilder();
        for (double ratio : result.explainedRatios()) {
            ratios.append(String.format(Locale.ROOT, " %.2e", ratio));
        }
        String rule = result.countRule() == org.conserve.engine.independence.CountRule.LARGEST_GAP
                ? "counted at the largest gap"
                : String.format(Locale.ROOT, "counted above the threshold %.0e", result.threshold());
        if (result.precisionFits().isPresent() && result.independence().count() != result.count()) {
            rule = rule + "; the spectrum alone would count " + result.independence().count()
                    + ", the precision trainer decides";
        }
        out.printf(Locale.ROOT, "          explained ratios:%s  (%s, gap %s)%n", ratios, rule,
                Double.isFinite(result.gap()) ? String.format(Locale.ROOT, "%.1f orders", Math.log10(result.gap()))
                        : "every network counts");
        StringBuilder losses = new StringBuilder();
        double[] l1 = result.conservationLoss();
        java.util.Set<Integer> conserved = new java.util.HashSet<>();
        for (int index : result.conservedNetworks()) {
            conserved.add(index);
        }
        // the precision trainer leaves a network out when its independent part is not conserved, whatever its l1
        String leftOut = result.precisionFits().isPresent() ? " (not counted, see below)" : " (not conserved, not counted)";
        for (int i = 0; i < l1.length; i++) {
            losses.append(String.format(Locale.ROOT, " H%d %.2e%s", i + 1, l1[i], conserved.contains(i) ? "" : leftOut));
        }
        out.println("          conservation loss l1:" + losses);
        result.precisionFits().ifPresent(fits -> precisionFits(fits, out));
        out.println("          inductive bias: " + result.model().bias().describe());
        var samples = result.samples();
        if ("pde".equals(report.kind())) {
            out.printf(Locale.ROOT, "          %d density networks, %d random states (%d dropped where u_t is not"
                            + " finite), l1 and count on %d held-out states of %d grid values; seed %d; %s; %.1f s%n",
                    result.networks(), samples.used(), samples.droppedNonFinite(), samples.heldOut(),
                    result.dimension(), result.provenance().seed(), result.provenance().backend(), result.seconds());
            return;
        }
        out.printf(Locale.ROOT, "          %d networks, %d points (%d dropped where f is not finite, %d rejected by"
                        + " 'where'), l1 and count on %d held-out points; seed %d; %s; %.1f s%n",
                result.networks(), samples.used(), samples.droppedNonFinite(), samples.rejectedByFilter(),
                samples.heldOut(), result.provenance().seed(), result.provenance().backend(), result.seconds());
    }

    /** Each network the precision trainer tried: precision, generalisation, independence, verdict, and the gap. */
    private static void precisionFits(org.conserve.engine.neural.PrecisionTraining training, PrintWriter out) {
        out.printf(Locale.ROOT, "          precision trainer: a network counts when the part of its gradient independent"
                + " of the accepted ones reaches held-out l1 %.0e%n", org.conserve.engine.neural.PrecisionTrainer.PRECISE_L1);
        for (var fit : training.fits()) {
            out.printf(Locale.ROOT, "            H%d l1 %.1e training, %.1e held-out; independent part %.1e training,"
                            + " %.1e held-out (x%.2g); median log |v|^2 %.2f: %s%n", fit.index(), fit.trainingL1(),
                    fit.heldOutL1(), fit.trainingIndependentL1(), fit.independentL1(), fit.generalisationRatio(),
                    fit.medianLogDistance(), fit.accepted() ? "counted" : "not counted");
        }
        double gap = training.precisionGap();
        if (Double.isFinite(gap)) {
            out.printf(Locale.ROOT, "            precision gap between counted and uncounted: %.1f orders%n", gap);
        }
    }

    private static void symbolic(SymbolicOutcome outcome, DiscoveryReport report, PrintWriter out) {
        String agreement = report.agreement().map(a -> ": " + a.describe()).orElse("");
        out.printf(Locale.ROOT, "Symbolic: %d independent formula%s (%s, %.1f s)%s%n", outcome.count(),
                outcome.count() == 1 ? "" : "s", outcome.method(), outcome.seconds(), agreement);
        int index = 1;
        for (SymbolicLaw law : outcome.laws()) {
            String status = law.status() == ProofStatus.PROVED ? "proved"
                    : String.format(Locale.ROOT, "numeric only (residual %.1e)", law.residual());
            out.printf(Locale.ROOT, "          %s %s   [%s%s]%n", law.independent() ? "I" + index++ + " =" : "  (also)",
                    law.expression(), status, law.independent() ? "" : ", a function of the others");
        }
        if (outcome.laws().isEmpty()) {
            out.println("          none found; searched " + outcome.basis().size() + " candidates: " + outcome.note());
        }
        report.caution().ifPresent(caution -> out.println("          caution: " + caution));
        boolean biased = report.neural().map(neural -> !"none".equals(neural.model().bias().name())).orElse(false);
        if (biased && report.agreement().map(a -> a.measured() && a.symbolic() > a.explained()).orElse(false)) {
            out.println("          (with the inductive bias the networks learn only laws of its form; a law of"
                    + " another form, such as R x P over bodies, is found by the formulas alone: --no-bias trains"
                    + " plain networks)");
        }
    }
}
