package org.conserve.app.gui.session;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.conserve.engine.neural.TrainedModel;

/**
 * What a session file keeps so a result can be shown again without retraining: the system file as
 * written, the Discover page's settings, the discovery report (the JSON form of {@code JsonReport})
 * and the trained networks. Immutable apart from the report tree, which callers must not change.
 *
 * @param systemFileName the system file's name ("harmonic-oscillator.yaml")
 * @param systemText     the system file's text, exactly as it was discovered
 * @param settings       the Discover page's settings by name (networks, lambda, samples, ...), as typed
 * @param report         the discovery report as written by {@code JsonReport.tree}
 * @param model          the trained networks, if the discovery trained any
 */
public record Session(String systemFileName, String systemText, Map<String, String> settings, ObjectNode report,
                      Optional<TrainedModel> model) {

    public Session {
        settings = Map.copyOf(settings);
    }
}
