package org.conserve.app.gui.session;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.conserve.engine.neural.TrainedModel;

/**
 * What a session file keeps so a result can be shown again without retraining: the system file as
 * written, the Discover page's settings, the discovery report (the JSON form of {@code JsonReport}),
 * the trained networks and the shown result. Immutable apart from the report tree, which callers must
 * not change.
 *
 * @param systemFileName the system file's name ("harmonic-oscillator.yaml")
 * @param systemText     the system file's text, exactly as it was discovered
 * @param settings       the Discover page's settings by name (networks, lambda, samples, ...), as typed
 * @param report         the discovery report as written by {@code JsonReport.tree}
 * @param model          the trained networks, if the discovery trained any
 * @param result         the result as shown, with its loss history; empty in sessions of format version 1,
 *                       which kept only the report and the networks. Its networks are {@code model}'s.
 */
public record Session(String systemFileName, String systemText, Map<String, String> settings, ObjectNode report,
                      Optional<TrainedModel> model, Optional<SessionResult> result) {

    public Session {
        settings = Map.copyOf(settings);
        if (result.isPresent() && (model.isEmpty() || result.get().discovery().neural().model() != model.get())) {
            throw new IllegalArgumentException("a session's result must hold the session's networks");
        }
    }

    /** A session without a result to show (system, settings, report and perhaps networks). */
    public Session(String systemFileName, String systemText, Map<String, String> settings, ObjectNode report,
                   Optional<TrainedModel> model) {
        this(systemFileName, systemText, settings, report, model, Optional.empty());
    }

    /** A session of {@code result}; its networks are the result's. */
    public static Session of(String systemFileName, String systemText, Map<String, String> settings,
                             ObjectNode report, SessionResult result) {
        return new Session(systemFileName, systemText, settings, report,
                Optional.of(result.discovery().neural().model()), Optional.of(result));
    }

    /** The system's display name, as the report gives it (the file name when it gives none). */
    public String title() {
        return report.path("system").asText(systemFileName);
    }
}
