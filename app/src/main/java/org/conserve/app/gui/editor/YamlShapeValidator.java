package org.conserve.app.gui.editor;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.conserve.symbolic.ProblemKind;
import org.conserve.symbolic.SourceProblem;

/**
 * The checks the editor can make without the symbolic module's parser: YAML syntax, a mapping at the
 * top, and the keys every system needs. The full validation (expressions, names, ranges) is the
 * symbolic module's; this one keeps the editor useful where that is not available.
 */
public final class YamlShapeValidator implements SystemValidator {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Override
    public List<SourceProblem> validate(String fileName, String text) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            return List.of(new SourceProblem(fileName, line, column, ProblemKind.YAML_SYNTAX,
                    "this is not valid YAML: " + essence(e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            return List.of(new SourceProblem(fileName, 1, 1, ProblemKind.WRONG_TYPE,
                    "expected a mapping of keys such as 'name:', 'kind:' and 'equations:'"));
        }
        List<SourceProblem> problems = new ArrayList<>();
        String kind = root.path("kind").asText("");
        requireKey(root, "name", fileName, problems);
        requireKey(root, "kind", fileName, problems);
        if (root.has("kind") && !kind.equals("ode") && !kind.equals("pde")) {
            problems.add(new SourceProblem(fileName, 1, 1, ProblemKind.INVALID_VALUE,
                    "'kind' must be ode or pde, not '" + kind + "'"));
        }
        requireKey(root, kind.equals("pde") ? "fields" : "variables", fileName, problems);
        requireKey(root, "equations", fileName, problems);
        return problems;
    }

    /**
     * SnakeYAML's message without its context lines (which quote the file back): the last unindented
     * line says what was expected, e.g. "expected ',' or '}', but got <stream end>".
     */
    static String essence(String message) {
        if (message == null) {
            return "unreadable";
        }
        String essence = message.strip();
        for (String line : message.split("\\R")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                essence = line.strip();
            }
        }
        return essence;
    }

    private static void requireKey(JsonNode root, String key, String fileName, List<SourceProblem> problems) {
        if (!root.has(key)) {
            problems.add(new SourceProblem(fileName, 1, 1, ProblemKind.MISSING_KEY, "missing key '" + key + "'"));
        }
    }
}
