package org.conserve.app.gui.session;

import static org.conserve.app.gui.session.JsonFields.array;
import static org.conserve.app.gui.session.JsonFields.bool;
import static org.conserve.app.gui.session.JsonFields.constant;
import static org.conserve.app.gui.session.JsonFields.doubles;
import static org.conserve.app.gui.session.JsonFields.integer;
import static org.conserve.app.gui.session.JsonFields.ints;
import static org.conserve.app.gui.session.JsonFields.number;
import static org.conserve.app.gui.session.JsonFields.object;
import static org.conserve.app.gui.session.JsonFields.putDoubles;
import static org.conserve.app.gui.session.JsonFields.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.conserve.engine.neural.Activation;
import org.conserve.engine.neural.Architecture;
import org.conserve.engine.neural.InductiveBias;
import org.conserve.engine.neural.TrainedModel;
import org.conserve.engine.neural.TrainingConfig;
import org.conserve.engine.neural.TrainingStage;

/**
 * The trained networks in a session: architecture, training configuration (seed included), the flat
 * parameter vector and the final losses, everything {@link TrainedModel}'s constructor needs. Numbers
 * are written in their shortest exact decimal form, so the parameters come back bit for bit and the
 * rebuilt networks give the same values and gradients. Stateless.
 */
final class ModelJson {
    private ModelJson() {
    }

    static void write(ObjectNode node, TrainedModel model, ObjectMapper mapper) {
        Architecture architecture = model.architecture();
        ObjectNode shape = node.putObject("architecture");
        shape.put("dimension", architecture.dimension());
        shape.put("networks", architecture.networks());
        shape.put("width", architecture.width());
        shape.put("depth", architecture.depth());
        shape.put("activation", architecture.activation().name());
        writeBias(node.putObject("bias"), model.bias());
        node.set("config", mapper.valueToTree(model.config()));
        node.put("backend", model.backend());
        node.put("nd4jVersion", model.nd4jVersion());
        node.put("l1", model.l1());
        node.put("l2", model.l2());
        putDoubles(node.putArray("l1PerNetwork"), model.l1PerNetwork());
        node.put("stopped", model.stopped());
        node.put("lastStage", model.lastStage().name());
        node.put("adamSteps", model.adamStepsDone());
        node.put("lbfgsSteps", model.lbfgsStepsDone());
        node.put("restartedNetworks", model.restartedNetworks());
        node.put("seconds", model.seconds());
        putDoubles(node.putArray("parameters"), model.parameters());
    }

    static TrainedModel read(JsonNode node, ObjectMapper mapper) {
        JsonNode shape = object(node, "architecture");
        Architecture architecture;
        try {
            architecture = new Architecture(integer(shape, "dimension"), integer(shape, "networks"),
                    integer(shape, "width"), integer(shape, "depth"), constant(shape, "activation", Activation.class));
        } catch (org.conserve.engine.EngineException impossible) {
            throw new IllegalArgumentException("\"model.architecture\": " + impossible.getMessage(), impossible);
        }
        TrainingConfig config;
        try {
            config = mapper.treeToValue(object(node, "config"), TrainingConfig.class);
        } catch (JsonProcessingException | RuntimeException wrong) {
            throw new IllegalArgumentException("\"model.config\" is not a training configuration", wrong);
        }
        double[] parameters = doubles(node, "parameters");
        InductiveBias bias = node.has("bias") ? readBias(object(node, "bias")) : InductiveBias.NONE;
        double[] l1PerNetwork = doubles(node, "l1PerNetwork");
        if (l1PerNetwork.length != architecture.networks()) {
            throw new IllegalArgumentException("\"model.l1PerNetwork\" has " + l1PerNetwork.length
                    + " numbers; expected one per network (" + architecture.networks() + ")");
        }
        try {
            return new TrainedModel(architecture, bias, parameters, config, text(node, "backend"),
                    text(node, "nd4jVersion"), number(node, "l1"), number(node, "l2"), l1PerNetwork,
                    bool(node, "stopped"), constant(node, "lastStage", TrainingStage.class), integer(node, "adamSteps"),
                    integer(node, "lbfgsSteps"), integer(node, "restartedNetworks"), number(node, "seconds"));
        } catch (org.conserve.engine.EngineException wrongCount) {
            throw new IllegalArgumentException("\"model.parameters\" has " + parameters.length + " numbers: "
                    + wrongCount.getMessage(), wrongCount);
        }
    }

    /** {"kind": "none"} | {"kind": "bodies", "bodies": [[0, 1, 6, 7], ...], "positions": 2} | {"kind": "radial", "position": [0, 1]}. */
    private static void writeBias(ObjectNode node, InductiveBias bias) {
        if (bias instanceof InductiveBias.Bodies bodies) {
            node.put("kind", "bodies");
            ArrayNode all = node.putArray("bodies");
            bodies.bodies().forEach(body -> body.forEach(all.addArray()::add));
            node.put("positions", bodies.positions());
        } else if (bias instanceof InductiveBias.Radial radial) {
            node.put("kind", "radial");
            radial.position().forEach(node.putArray("position")::add);
        } else {
            node.put("kind", "none");
        }
    }

    private static InductiveBias readBias(JsonNode node) {
        String kind = text(node, "kind");
        try {
            return switch (kind) {
                case "none" -> InductiveBias.NONE;
                case "bodies" -> {
                    java.util.List<java.util.List<Integer>> bodies = new java.util.ArrayList<>();
                    for (JsonNode body : array(node, "bodies")) {
                        java.util.List<Integer> indices = new java.util.ArrayList<>();
                        body.forEach(index -> indices.add(index.asInt()));
                        bodies.add(indices);
                    }
                    yield new InductiveBias.Bodies(bodies, integer(node, "positions"));
                }
                case "radial" -> new InductiveBias.Radial(java.util.Arrays.stream(ints(node, "position")).boxed()
                        .toList());
                default -> throw new IllegalArgumentException("\"model.bias.kind\" must be none, bodies or radial,"
                        + " got \"" + kind + "\"");
            };
        } catch (org.conserve.engine.EngineException invalid) {
            throw new IllegalArgumentException("\"model.bias\": " + invalid.getMessage(), invalid);
        }
    }
}
