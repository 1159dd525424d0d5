package org.conserve.app.gui.session;

import static org.conserve.app.gui.session.JsonFields.object;
import static org.conserve.app.gui.session.JsonFields.required;
import static org.conserve.app.gui.session.JsonFields.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.conserve.engine.neural.TrainedModel;
import org.conserve.symbolic.export.AtomicFiles;

/**
 * Reads and writes {@code .conserve-session} files: JSON with {@code format = "conserve-session"} and
 * an integer {@code version}, then {@code system} (file name and text), {@code settings}, {@code report}
 * (the {@code JsonReport} tree), {@code model} (the trained networks, {@link ModelJson}) and, from
 * version 2, {@code result} (the shown result and its loss history, {@link ResultJson}). Version 1 files
 * (no result) are still read. Writing is atomic ({@link AtomicFiles}); reading never changes the file,
 * and a file that is not a readable session of this or an older version gives a
 * {@link SessionFileException} naming it (with the line and column where the JSON breaks off). Stateless
 * and thread-safe.
 */
public final class SessionCodec {
    public static final String FORMAT = "conserve-session";
    /** 1: system, settings, report, networks; 2: and the shown result with its loss history. */
    public static final int VERSION = 2;
    public static final String EXTENSION = ".conserve-session";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SessionCodec() {
    }

    /** Writes {@code session} to {@code path} atomically: the file is whole, old or new, after a crash. */
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
            JsonLocation at = broken.getLocation();
            String where = at == null || at.getLineNr() < 1 ? ""
                    : " near line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new SessionFileException(path + ": not a Conserve session (expected JSON with \"format\": \""
                    + FORMAT + "\"; the file is damaged or truncated" + where + ")", broken);
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
        } catch (RuntimeException damaged) {
            // IllegalArgumentException from the field readers, EngineException from a record's own checks.
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
        session.model().ifPresent(model -> ModelJson.write(root.putObject("model"), model, MAPPER));
        session.result().ifPresent(result -> ResultJson.write(root.putObject("result"), result));
        return root;
    }

    private static Session session(JsonNode root) {
        JsonNode system = object(root, "system");
        Map<String, String> settings = new LinkedHashMap<>();
        object(root, "settings").fields().forEachRemaining(entry -> settings.put(entry.getKey(),
                entry.getValue().asText()));
        JsonNode report = object(root, "report");
        Optional<TrainedModel> model = root.hasNonNull("model")
                ? Optional.of(ModelJson.read(object(root, "model"), MAPPER)) : Optional.empty();
        Optional<SessionResult> result = Optional.empty();
        if (root.hasNonNull("result")) {
            TrainedModel networks = model.orElseThrow(() -> new IllegalArgumentException(
                    "\"result\" needs the trained networks in \"model\""));
            result = Optional.of(ResultJson.read(object(root, "result"), networks));
        }
        required(system, "text");
        return new Session(text(system, "file"), text(system, "text"), settings, (ObjectNode) report.deepCopy(),
                model, result);
    }
}
