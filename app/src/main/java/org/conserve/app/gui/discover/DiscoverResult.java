package org.conserve.app.gui.discover;

import java.util.List;
import java.util.Optional;

import org.conserve.app.discovery.DiscoveryPipeline;
import org.conserve.engine.discovery.NeuralResult;

/**
 * What a discovery run produced, complete or partial.
 *
 * @param system   the system's name
 * @param names    the file's declared names (coordinates, parameters), for rendering the formulas
 * @param neural   the neural count and networks
 * @param formulas the symbolic laws and their agreement; empty when the run was stopped before them
 * @param partial  true when the user stopped the run (the networks are partly trained, or the formulas
 *                 were not searched)
 */
public record DiscoverResult(String system, List<String> names, NeuralResult neural,
                             Optional<DiscoveryPipeline.Formulas> formulas, boolean partial) {
    public DiscoverResult {
        names = List.copyOf(names);
    }

    /** The same result, labelled partial. */
    public DiscoverResult asPartial() {
        return new DiscoverResult(system, names, neural, formulas, true);
    }
}
