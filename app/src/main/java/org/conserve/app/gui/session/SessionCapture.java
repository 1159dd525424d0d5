package org.conserve.app.gui.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.conserve.app.discovery.DiscoveryPipeline;
import org.conserve.app.discovery.OdeReports;
import org.conserve.app.gui.discover.DiscoverResult;
import org.conserve.app.gui.discover.LossPoint;
import org.conserve.app.report.DiscoveryReport;
import org.conserve.app.report.JsonReport;
import org.conserve.app.report.Versions;
import org.conserve.engine.discovery.NeuralResult;

/** Turns a finished discovery on the Discover page into a {@link Session}. Stateless. */
public final class SessionCapture {
    private SessionCapture() {
    }

    /**
     * The session of {@code result}, discovered from {@code systemText} ({@code fileName}) with the
     * page's {@code settings}, with its loss history and the run's duration; the report is
     * {@code JsonReport}'s form, as {@code discover --json} writes.
     */
    public static Session of(String fileName, String systemText, Map<String, String> settings,
                             DiscoverResult result, List<LossPoint> losses, double seconds) {
        NeuralResult neural = result.neural();
        Optional<DiscoveryPipeline.Formulas> formulas = result.formulas();
        DiscoveryReport report = new DiscoveryReport(result.system(), fileName, "ode", neural.dimension(),
                DiscoveryPipeline.finalCount(neural, formulas), OdeReports.countSource(neural, formulas),
                OptionalInt.empty(), neural.provenance().seed(),
                Versions.current(neural.provenance().nd4jVersion(), neural.provenance().backend()),
                Optional.of(neural), "", formulas.map(DiscoveryPipeline.Formulas::outcome),
                formulas.isPresent() ? "" : "not searched (the run was stopped)",
                formulas.map(DiscoveryPipeline.Formulas::agreement), result.names(), neural.seconds());
        return Session.of(fileName, systemText, settings, JsonReport.tree(report),
                new SessionResult(result, losses, seconds));
    }
}
