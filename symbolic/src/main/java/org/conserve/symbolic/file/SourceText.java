package org.conserve.symbolic.file;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a system file, with line starts, so that an offset inside a scalar's value can be
 * mapped back to the file's line and column. Line ends are normalised to {@code \n} and a byte-order
 * mark is dropped (neither changes any line or column).
 */
final class SourceText {
    private final String text;
    private final int[] lineStarts;

    SourceText(String raw) {
        String normalised = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        this.text = normalised.replace("\r\n", "\n").replace('\r', '\n');
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    String text() {
        return text;
    }

    /** The character at a 1-based line and column, or '\0' outside the text. */
    char charAt(int line, int column) {
        int index = index(line, column);
        return index >= 0 && index < text.length() ? text.charAt(index) : '\0';
    }

    /**
     * The 1-based {line, column} in the file of character {@code offset} of a scalar's value
     * {@code value} that starts at {@code scalar}'s position. The value is matched against the file
     * text character by character, which follows plain, quoted ('', escapes) and block (| and >)
     * scalars, including values folded over several lines.
     */
    int[] position(YamlNode.Scalar scalar, String value, int offset) {
        int index = index(scalar.line(), scalar.column());
        if (index < 0 || index >= text.length()) {
            return new int[] {scalar.line(), scalar.column()};
        }
        char style = text.charAt(index);
        boolean doubleQuoted = style == '"';
        boolean singleQuoted = style == '\'';
        if (doubleQuoted || singleQuoted) {
            index++;
        } else if (style == '|' || style == '>') {
            int newline = text.indexOf('\n', index);
            index = newline < 0 ? text.length() : newline + 1;
        }
        int target = Math.min(Math.max(offset, 0), value.length());
        for (int i = 0; i < target && index < text.length(); i++) {
            index = afterMatch(index, value.charAt(i), doubleQuoted, singleQuoted);
        }
        if (target < value.length()) {
            index = skipTo(index, value.charAt(target), doubleQuoted);
        }
        return lineAndColumn(Math.min(index, text.length()));
    }

    /** The index just after the file characters that produce {@code wanted}. */
    private int afterMatch(int index, char wanted, boolean doubleQuoted, boolean singleQuoted) {
        int at = skipTo(index, wanted, doubleQuoted);
        if (at >= text.length()) {
            return at;
        }
        char c = text.charAt(at);
        if (doubleQuoted && c == '\\') {
            return at + escapeLength(at);
        }
        if (singleQuoted && c == '\'' && at + 1 < text.length() && text.charAt(at + 1) == '\'') {
            return at + 2;
        }
        return at + 1;
    }

    /** The first index at or after {@code index} holding {@code wanted} (or an escape, in a double-quoted value). */
    private int skipTo(int index, char wanted, boolean doubleQuoted) {
        int at = index;
        while (at < text.length() && text.charAt(at) != wanted && !(doubleQuoted && text.charAt(at) == '\\')) {
            at++;
        }
        return at;
    }

    private int escapeLength(int at) {
        char kind = at + 1 < text.length() ? text.charAt(at + 1) : '\0';
        return switch (kind) {
            case 'x' -> 4;
            case 'u' -> 6;
            case 'U' -> 10;
            default -> 2;
        };
    }

    private int index(int line, int column) {
        if (line < 1 || line > lineStarts.length) {
            return -1;
        }
        return lineStarts[line - 1] + column - 1;
    }

    private int[] lineAndColumn(int index) {
        int line = 0;
        while (line + 1 < lineStarts.length && lineStarts[line + 1] <= index) {
            line++;
        }
        return new int[] {line + 1, index - lineStarts[line] + 1};
    }
}
