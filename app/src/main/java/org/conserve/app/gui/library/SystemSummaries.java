package org.conserve.app.gui.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads the parts of a system file the library shows (name, notes, equations) with plain YAML, without
 * the symbolic module's validation: a file with a mistake in an equation still appears in the library.
 * Thread-safety: stateless after construction; Jackson's mapper is thread-safe.
 */
public final class SystemSummaries {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SystemSummaries() {
    }

    /**
     * @param id   file name or path, shown when the file has no name
     * @param text the file's text
     * @throws IOException when the text is not YAML or not a mapping
     */
    public static SystemSummary read(String id, String text) throws IOException {
        JsonNode root = YAML.readTree(text);
        if (root == null || !root.isObject()) {
            throw new IOException(id + " is not a system file: expected keys such as 'name:' and 'kind:'");
        }
        SystemKind kind = SystemKind.of(root.path("kind").asText(null));
        List<String> coordinates = strings(root.path(kind == SystemKind.PDE ? "fields" : "variables"));
        List<SystemSummary.Equation> equations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> entries = root.path("equations").fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            equations.add(new SystemSummary.Equation(entry.getKey(), entry.getValue().asText()));
        }
        return new SystemSummary(id, text(root, "name", id), text(root, "description", ""),
                text(root, "notes", ""), kind, coordinates, equations,
                strings(root.path("expected").path("laws")), text);
    }

    private static String text(JsonNode root, String key, String absent) {
        JsonNode value = root.get(key);
        return value == null || value.isNull() || value.isContainerNode() ? absent : value.asText().strip();
    }

    private static List<String> strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        if (list.isArray()) {
            list.forEach(item -> values.add(item.asText()));
        }
        return values;
    }
}
