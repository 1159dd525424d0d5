package org.conserve.app.gui.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.conserve.symbolic.export.AtomicFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.conserve.engine.neural.Activation;
import org.conserve.engine.neural.Architecture;
import org.conserve.engine.neural.TrainedModel;
import org.conserve.engine.neural.TrainingConfig;
import org.conserve.engine.neural.TrainingStage;

/**
 * Reads and writes {@code .conserve-session} files: JSON with {@code format = "conserve-session"} and
 * an integer {@code version}, then {@code system} (file name and text), {@code settings}, {@code report}
 * (the {@code JsonReport} tree) and {@code model} (architecture, training configuration, the flat
 * parameter vector and the final losses: everything {@link TrainedModel}'s constructor needs).
 * Writing is atomic ({@link AtomicFiles}); reading never changes the file, and a file that is not a
 * readable session of this or an older version gives a {@link SessionFileException} naming it.
 * Stateless and thread-safe.
 */
public final class SessionCodec {
    public static final String FORMAT = "conserve-session";
    public static final int VERSION = 1;
    public static final String EXTENSION = ".conserve-session";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SessionCodec() {
    }

    /** Writes {@code session} to {@code path} atomically. */
    public static void write(Session session, Path path) throws IOException {
        AtomicFiles.write(path, MAPPER.writeValueAsBytes(tree(session)));
    }

    /** Reads the session in {@code path}; the file is only read. */
    public static Session read(Path path) throws SessionFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException missing) {
            throw new SessionFileException(path + ": no such session file");
        } catch (IOException failure) {
            throw new SessionFileException(path + ": cannot be read (" + failure.getMessage() + ")", failure);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonProcessingException broken) {
            throw new SessionFileException(path + ": not a Conserve session (expected JSON with \"format\": \""
                    + FORMAT + "\"; the file is damaged or truncated near line "
                    + broken.getLocation().getLineNr() + ", column " + broken.getLocation().getColumnNr() + ")",
                    broken);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw new SessionFileException(path + ": not a Conserve session (expected \"format\": \"" + FORMAT
                    + "\" at the top level)");
        }
        JsonNode version = root.path("version");
        if (!version.isInt() || version.asInt() < 1) {
            throw new SessionFileException(path + ": the session has no valid \"version\" (expected a whole number"
                    + " from 1 to " + VERSION + ")");
        }
        if (version.asInt() > VERSION) {
            throw new SessionFileException(path + ": the session was written by a newer Conserve (format version "
                    + version.asInt() + "; this version reads up to " + VERSION + ")");
        }
        try {
            return session(root);
        } catch (IllegalArgumentException | NullPointerException damaged) {
            throw new SessionFileException(path + ": the session is incomplete or damaged (" + damaged.getMessage()
                    + ")", damaged);
        }
    }

    /** The session as a JSON tree (version {@link #VERSION}). */
    static ObjectNode tree(Session session) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode system = root.putObject("system");
        system.put("file", session.systemFileName());
        system.put("text", session.systemText());
        ObjectNode settings = root.putObject("settings");
        session.settings().forEach(settings::put);
        root.set("report", session.report().deepCopy());
        session.model().ifPresent(model -> model(root.putObject("model"), model));
        return root;
    }

    private static Session session(JsonNode root) {
        JsonNode system = required(root, "system");
        Map<String, String> settings = new LinkedHashMap<>();
        required(root, "settings").fields().forEachRemaining(entry -> settings.put(entry.getKey(),
                entry.getValue().asText()));
        JsonNode report = required(root, "report");
        if (!report.isObject()) {
            throw new IllegalArgumentException("\"report\" must be an object");
        }
        Optional<TrainedModel> model = root.has("model") ? Optional.of(model(root.get("model"))) : Optional.empty();
        return new Session(text(system, "file"), text(system, "text"), settings, (ObjectNode) report.deepCopy(),
                model);
    }

    private static void model(ObjectNode node, TrainedModel model) {
        Architecture architecture = model.architecture();
        ObjectNode shape = node.putObject("architecture");
        shape.put("dimension", architecture.dimension());
        shape.put("networks", architecture.networks());
        shape.put("width", architecture.width());
        shape.put("depth", architecture.depth());
        shape.put("activation", architecture.activation().name());
        node.set("config", MAPPER.valueToTree(model.config()));
        node.put("backend", model.backend());
        node.put("nd4jVersion", model.nd4jVersion());
        node.put("l1", model.l1());
        node.put("l2", model.l2());
        doubles(node.putArray("l1PerNetwork"), model.l1PerNetwork());
        node.put("stopped", model.stopped());
        node.put("lastStage", model.lastStage().name());
        node.put("adamSteps", model.adamStepsDone());
        node.put("lbfgsSteps", model.lbfgsStepsDone());
        node.put("restartedNetworks", model.restartedNetworks());
        node.put("seconds", model.seconds());
        doubles(node.putArray("parameters"), model.parameters());
    }

    private static TrainedModel model(JsonNode node) {
        JsonNode shape = required(node, "architecture");
        Architecture architecture = new Architecture(integer(shape, "dimension"), integer(shape, "networks"),
                integer(shape, "width"), integer(shape, "depth"), Activation.valueOf(text(shape, "activation")));
        TrainingConfig config;
        try {
            config = MAPPER.treeToValue(required(node, "config"), TrainingConfig.class);
        } catch (JsonProcessingException wrong) {
            throw new IllegalArgumentException("\"model.config\" is not a training configuration", wrong);
        }
        double[] parameters = doubles(required(node, "parameters"));
        if (parameters.length != architecture.parameterCount()) {
            throw new IllegalArgumentException("\"model.parameters\" has " + parameters.length
                    + " numbers; the architecture needs " + architecture.parameterCount());
        }
        double[] l1PerNetwork = doubles(required(node, "l1PerNetwork"));
        if (l1PerNetwork.length != architecture.networks()) {
            throw new IllegalArgumentException("\"model.l1PerNetwork\" has " + l1PerNetwork.length
                    + " numbers; expected one per network (" + architecture.networks() + ")");
        }
        return new TrainedModel(architecture, parameters, config, text(node, "backend"), text(node, "nd4jVersion"),
                number(node, "l1"), number(node, "l2"), l1PerNetwork, required(node, "stopped").asBoolean(),
                TrainingStage.valueOf(text(node, "lastStage")), integer(node, "adamSteps"),
                integer(node, "lbfgsSteps"), integer(node, "restartedNetworks"), number(node, "seconds"));
    }

    private static JsonNode required(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing \"" + key + "\"");
        }
        return value;
    }

    private static String text(JsonNode node, String key) {
        return required(node, key).asText();
    }

    private static int integer(JsonNode node, String key) {
        JsonNode value = required(node, key);
        if (!value.canConvertToInt()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a whole number");
        }
        return value.asInt();
    }

    /** A number; non-finite values are written by Jackson as the strings "NaN", "Infinity". */
    private static double number(JsonNode node, String key) {
        return numberValue(required(node, key), key);
    }

    private static double numberValue(JsonNode value, String key) {
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isTextual()) {
            return Double.parseDouble(value.asText());
        }
        throw new IllegalArgumentException("\"" + key + "\" must be a number");
    }

    private static void doubles(ArrayNode array, double[] values) {
        for (double value : values) {
            array.add(value);
        }
    }

    private static double[] doubles(JsonNode array) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("expected an array of numbers");
        }
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = numberValue(array.get(i), "parameters[" + i + "]");
        }
        return values;
    }
}
