package org.conserve.app.gui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;


/**
 * Which style classes each stretch of the editor's text gets: YAML keys and comments, and the token at
 * each problem's line and column (underlined). A pure function of the text, testable without a toolkit.
 */
public final class EditorHighlighting {
    public static final String KEY = "yaml-key";
    public static final String COMMENT = "yaml-comment";
    public static final String PROBLEM = "problem";

    private EditorHighlighting() {
    }

    /** A stretch of {@code length} characters with these style classes (empty: plain). */
    public record Run(int length, Set<String> styles) {
    }

    /** Runs covering the whole text, in order. */
    public static List<Run> runs(String text, List<EditorProblem> problems) {
        List<Set<String>> styles = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); i++) {
            styles.add(new TreeSet<>());
        }
        markYaml(text, styles);
        for (EditorProblem problem : problems) {
            int start = offset(text, problem.line(), problem.column());
            int end = tokenEnd(text, start);
            for (int i = start; i < end; i++) {
                styles.get(i).add(PROBLEM);
            }
        }
        List<Run> runs = new ArrayList<>();
        int runStart = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || !styles.get(i).equals(styles.get(runStart))) {
                runs.add(new Run(i - runStart, Set.copyOf(styles.get(runStart))));
                runStart = i;
            }
        }
        return runs;
    }

    /** The character offset of a 1-based line and column, clamped into the text. */
    public static int offset(String text, int line, int column) {
        int offset = 0;
        for (int current = 1; current < line; current++) {
            int newline = text.indexOf('\n', offset);
            if (newline < 0) {
                return text.length();
            }
            offset = newline + 1;
        }
        int lineEnd = text.indexOf('\n', offset);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        return Math.min(offset + Math.max(0, column - 1), lineEnd);
    }

    /** The end of the name or number at {@code start}, or one character past it for anything else. */
    private static int tokenEnd(String text, int start) {
        int end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                || text.charAt(end) == '.')) {
            end++;
        }
        if (end == start && start < text.length() && text.charAt(start) != '\n') {
            end++;
        }
        return end;
    }

    private static void markYaml(String text, List<Set<String>> styles) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int i = lineStart;
            while (i < lineEnd && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
                i++;
            }
            int keyStart = i;
            while (i < lineEnd && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                i++;
            }
            if (i > keyStart && i < lineEnd && text.charAt(i) == ':') {
                for (int k = keyStart; k <= i; k++) {
                    styles.get(k).add(KEY);
                }
            }
            int comment = commentStart(text, lineStart, lineEnd);
            for (int k = comment; k < lineEnd; k++) {
                styles.get(k).add(COMMENT);
            }
            lineStart = lineEnd + 1;
        }
    }

    /** A '#' at the line start or after a space, outside quotes, starts a comment. */
    private static int commentStart(String text, int lineStart, int lineEnd) {
        char quote = 0;
        for (int i = lineStart; i < lineEnd; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == lineStart || Character.isWhitespace(text.charAt(i - 1)))) {
                return i;
            }
        }
        return lineEnd;
    }
}
