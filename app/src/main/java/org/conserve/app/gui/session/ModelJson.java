package org.conserve.app.gui.session;

import static org.conserve.app.gui.session.JsonFields.bool;
import static org.conserve.app.gui.session.JsonFields.constant;
import static org.conserve.app.gui.session.JsonFields.doubles;
import static org.conserve.app.gui.session.JsonFields.integer;
import static org.conserve.app.gui.session.JsonFields.number;
import static org.conserve.app.gui.session.JsonFields.object;
import static org.conserve.app.gui.session.JsonFields.putDoubles;
import static org.conserve.app.gui.session.JsonFields.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.conserve.engine.neural.Activation;
import org.conserve.engine.neural.Architecture;
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
        if (parameters.length != architecture.parameterCount()) {
            throw new IllegalArgumentException("\"model.parameters\" has " + parameters.length
                    + " numbers; the architecture needs " + architecture.parameterCount());
        }
        double[] l1PerNetwork = doubles(node, "l1PerNetwork");
        if (l1PerNetwork.length != architecture.networks()) {
            throw new IllegalArgumentException("\"model.l1PerNetwork\" has " + l1PerNetwork.length
                    + " numbers; expected one per network (" + architecture.networks() + ")");
        }
        return new TrainedModel(architecture, parameters, config, text(node, "backend"), text(node, "nd4jVersion"),
                number(node, "l1"), number(node, "l2"), l1PerNetwork, bool(node, "stopped"),
                constant(node, "lastStage", TrainingStage.class), integer(node, "adamSteps"),
                integer(node, "lbfgsSteps"), integer(node, "restartedNetworks"), number(node, "seconds"));
    }
}
