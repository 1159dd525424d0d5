package org.conserve.app.gui.library;

import java.util.ArrayList;
import java.util.List;

/**
 * The small part of Markdown that teaching notes use: paragraphs separated by blank lines, bullet
 * items ({@code - } or {@code * }), {@code **bold**}, {@code *italic*} and {@code `code`}. Anything else
 * is kept as plain text, so no note is ever lost.
 */
public final class NotesMarkup {
    private NotesMarkup() {
    }

    public enum Style { PLAIN, BOLD, ITALIC, CODE }

    public record Span(String text, Style style) {
    }

    /** A paragraph or a bullet item. */
    public record Block(boolean bullet, List<Span> spans) {
        public Block {
            spans = List.copyOf(spans);
        }

        public String plainText() {
            StringBuilder text = new StringBuilder();
            spans.forEach(span -> text.append(span.text()));
            return text.toString();
        }
    }

    public static List<Block> parse(String notes) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean currentIsBullet = false;
        for (String line : notes.strip().split("\\R", -1)) {
            String trimmed = line.strip();
            boolean bullet = trimmed.startsWith("- ") || trimmed.startsWith("* ");
            if (trimmed.isEmpty() || bullet) {
                flush(current, currentIsBullet, blocks);
                currentIsBullet = bullet;
                if (bullet) {
                    current.append(trimmed.substring(2).strip());
                }
            } else {
                // A line that follows a paragraph or bullet continues it, as in Markdown.
                current.append(current.length() == 0 ? "" : " ").append(trimmed);
            }
        }
        flush(current, currentIsBullet, blocks);
        return blocks;
    }

    private static void flush(StringBuilder text, boolean bullet, List<Block> blocks) {
        if (text.length() > 0) {
            blocks.add(new Block(bullet, spans(text.toString())));
            text.setLength(0);
        }
    }

    /**
     * Splits inline markup into styled spans. As in Markdown, a {@code *} only opens emphasis before a
     * non-space and not inside a word, so {@code gamma*p} in a note stays a product; an unclosed marker
     * is plain text.
     */
    static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            String marker = markerAt(text, i);
            int close = marker == null ? -1 : closingMarker(text, marker, i + marker.length());
            if (close >= 0) {
                if (plain.length() > 0) {
                    spans.add(new Span(plain.toString(), Style.PLAIN));
                    plain.setLength(0);
                }
                Style style = marker.equals("**") ? Style.BOLD : marker.equals("`") ? Style.CODE : Style.ITALIC;
                spans.add(new Span(text.substring(i + marker.length(), close), style));
                i = close + marker.length();
            } else {
                plain.append(text.charAt(i));
                i++;
            }
        }
        if (plain.length() > 0) {
            spans.add(new Span(plain.toString(), Style.PLAIN));
        }
        return spans;
    }

    private static String markerAt(String text, int i) {
        if (text.charAt(i) == '`') {
            return "`";
        }
        if (text.charAt(i) != '*' || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
            return null;
        }
        String marker = text.startsWith("**", i) ? "**" : "*";
        int contentStart = i + marker.length();
        return contentStart < text.length() && !Character.isWhitespace(text.charAt(contentStart)) ? marker : null;
    }

    /** Where the emphasis that opened before {@code from} closes, or -1. */
    private static int closingMarker(String text, String marker, int from) {
        if (marker.equals("`")) {
            int close = text.indexOf('`', from);
            return close > from ? close : -1;
        }
        for (int close = text.indexOf(marker, from); close > from; close = text.indexOf(marker, close + 1)) {
            int after = close + marker.length();
            boolean endsWord = after >= text.length() || !Character.isLetterOrDigit(text.charAt(after));
            boolean touchesText = !Character.isWhitespace(text.charAt(close - 1));
            boolean partOfBold = marker.equals("*") && after < text.length() && text.charAt(after) == '*';
            if (endsWord && touchesText && !partOfBold) {
                return close;
            }
        }
        return -1;
    }
}
