package org.conserve.app.gui.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Finds the values of a system file's {@code parameters:} in its text, where they are written, so one
 * value can be replaced and every other character of the file kept (comments, layout, quotes). Reads
 * the YAML with Jackson's streaming parser, which gives each value's line and column. Stateless;
 * thread-safe.
 */
public final class ParameterText {
    private static final YAMLFactory YAML = new YAMLFactory();

    /**
     * One parameter's value as written.
     *
     * @param name    the parameter's name
     * @param written the value's text (without quotes)
     * @param start   offset in the file text of the value's first character (a quote, when quoted)
     * @param end     offset just after the value (after the closing quote)
     */
    public record Entry(String name, String written, int start, int end) {
    }

    private ParameterText() {
    }

    /**
     * The top-level {@code parameters} mapping's scalar values, in file order; an entry whose value is not
     * a plain or quoted scalar is left out. Empty when the text is not readable YAML (while it is typed).
     */
    public static Optional<List<Entry>> read(String text) {
        List<Entry> entries = new ArrayList<>();
        int[] lineStarts = lineStarts(text);
        try (JsonParser parser = YAML.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.of(entries);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("parameters".equals(key) && value == JsonToken.START_OBJECT) {
                    readParameters(parser, text, lineStarts, entries);
                } else {
                    parser.skipChildren();
                }
            }
            return Optional.of(entries);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** {@code text} with {@code entry}'s value replaced by {@code value} (written plain). */
    public static String replace(String text, Entry entry, String value) {
        return text.substring(0, entry.start()) + value + text.substring(entry.end());
    }

    private static void readParameters(JsonParser parser, String text, int[] lineStarts, List<Entry> entries)
            throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value.isScalarValue()) {
                locate(name, parser.getText(), parser.currentTokenLocation(), text, lineStarts)
                        .ifPresent(entries::add);
            } else {
                parser.skipChildren();
            }
        }
    }

    private static Optional<Entry> locate(String name, String written, JsonLocation at, String text,
                                          int[] lineStarts) {
        int line = at.getLineNr();
        if (line < 1 || line > lineStarts.length || at.getColumnNr() < 1) {
            return Optional.empty();
        }
        int start;
        try {
            start = text.offsetByCodePoints(lineStarts[line - 1], at.getColumnNr() - 1);
        } catch (IndexOutOfBoundsException outside) {
            return Optional.empty();
        }
        if (start >= text.length()) {
            return Optional.empty();
        }
        char first = text.charAt(start);
        if (first == '"' || first == '\'') {
            int close = text.indexOf(first, start + 1);
            boolean simple = close > start && text.substring(start + 1, close).equals(written);
            return simple ? Optional.of(new Entry(name, written, start, close + 1)) : Optional.empty();
        }
        return text.startsWith(written, start) ? Optional.of(new Entry(name, written, start, start + written.length()))
                : Optional.empty();
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
