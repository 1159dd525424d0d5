package org.conserve.symbolic.file;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.conserve.symbolic.ProblemKind;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into a {@link YamlNode} tree with positions, using Jackson's streaming YAML parser
 * (token locations give line and column). Anchors, aliases and tags are refused (a system file has
 * no use for them), as are duplicate keys and a second document.
 */
final class YamlTreeReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final SourceText source;
    private final Problems problems;
    private JsonParser parser;

    private YamlTreeReader(SourceText source, Problems problems) {
        this.source = source;
        this.problems = problems;
    }

    /** The tree of {@code source}, or null after reporting a YAML syntax error or an empty file. */
    static YamlNode read(SourceText source, Problems problems) {
        return new YamlTreeReader(source, problems).read();
    }

    private YamlNode read() {
        try (JsonParser opened = FACTORY.createParser(source.text())) {
            parser = opened;
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(1, 1, ProblemKind.MISSING_KEY, "the file is empty; expected a mapping with name, kind, ...");
                return null;
            }
            YamlNode root = value(first);
            JsonToken after = parser.nextToken();
            if (after != null) {
                JsonLocation location = parser.currentTokenLocation();
                problems.add(location.getLineNr(), location.getColumnNr(), ProblemKind.YAML_SYNTAX,
                        "a second YAML document starts here; a system file holds exactly one");
            }
            return root;
        } catch (JsonProcessingException e) {
            reportSyntax(e);
            return null;
        } catch (IOException e) {
            problems.add(1, 1, ProblemKind.YAML_SYNTAX, "YAML could not be read: " + e.getMessage());
            return null;
        }
    }

    private YamlNode value(JsonToken token) throws IOException {
        JsonLocation location = parser.currentTokenLocation();
        int line = location.getLineNr();
        int column = location.getColumnNr();
        refuseAnchorsAndTags(line, column);
        return switch (token) {
            case START_OBJECT -> mapping(line, column);
            case START_ARRAY -> sequence(line, column);
            case VALUE_NULL -> new YamlNode.Scalar(null, line, column);
            default -> new YamlNode.Scalar(parser.getText(), line, column);
        };
    }

    private YamlNode mapping(int line, int column) throws IOException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, YamlNode.Entry> seen = new HashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            JsonLocation location = parser.currentTokenLocation();
            String key = parser.currentName();
            refuseAnchorsAndTags(location.getLineNr(), location.getColumnNr());
            YamlNode value = value(parser.nextToken());
            YamlNode.Entry entry = new YamlNode.Entry(key, location.getLineNr(), location.getColumnNr(), value);
            YamlNode.Entry first = seen.putIfAbsent(key, entry);
            if (first == null) {
                entries.add(entry);
            } else {
                problems.add(entry, ProblemKind.DUPLICATE_NAME, "key '" + key + "' appears twice (first at "
                        + first.line() + ":" + first.column() + ")");
            }
        }
        return new YamlNode.Mapping(entries, line, column);
    }

    private YamlNode sequence(int line, int column) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(value(token));
        }
        return new YamlNode.Sequence(items, line, column);
    }

    private void refuseAnchorsAndTags(int line, int column) {
        char c = source.charAt(line, column);
        if (c == '&' || c == '*' || c == '!') {
            problems.add(line, column, ProblemKind.YAML_SYNTAX, "YAML anchors (&), aliases (*) and tags (!) are not "
                    + "supported in system files; write the value itself (quote an expression that starts with !)");
        }
    }

    private void reportSyntax(JsonProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                Mark mark = marked.getProblemMark();
                String context = marked.getContext() == null || marked.getContextMark() == null ? ""
                        : " (" + marked.getContext() + " at " + (marked.getContextMark().getLine() + 1) + ":"
                        + (marked.getContextMark().getColumn() + 1) + ")";
                problems.add(mark.getLine() + 1, mark.getColumn() + 1, ProblemKind.YAML_SYNTAX,
                        "YAML syntax: " + marked.getProblem() + context);
                return;
            }
        }
        JsonLocation location = e.getLocation();
        int line = location == null ? 1 : Math.max(1, location.getLineNr());
        int column = location == null ? 1 : Math.max(1, location.getColumnNr());
        problems.add(line, column, ProblemKind.YAML_SYNTAX, "YAML syntax: " + e.getOriginalMessage());
    }
}
