package org.conserve.symbolic.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Offsets inside a scalar's value map back to the file's line and column, whatever the scalar's style. */
class SourceTextTest {
    private static int[] locate(String text, int line, int column, String value, int offset) {
        return new SourceText(text).position(new YamlNode.Scalar(value, line, column), value, offset);
    }

    @Test
    void plainScalar() {
        assertArrayEquals(new int[] {1, 8}, locate("a: x + y", 1, 4, "x + y", 4));
    }

    @Test
    void doubleQuotedWithEscapes() {
        String text = "a: \"x\\t+ q\"";
        assertArrayEquals(new int[] {1, 10}, locate(text, 1, 4, "x\t+ q", 4));
    }

    @Test
    void singleQuotedWithDoubledQuote() {
        String text = "a: 'x''y q'";
        assertArrayEquals(new int[] {1, 10}, locate(text, 1, 4, "x'y q", 4));
    }

    @Test
    void literalBlock() {
        String text = "a: |  # a comment with q\n  x +\n  q\n";
        assertArrayEquals(new int[] {3, 3}, locate(text, 1, 4, "x +\nq\n", 4));
    }

    @Test
    void foldedPlainScalarOverLines() {
        String text = "a: x +\n   q";
        assertArrayEquals(new int[] {2, 4}, locate(text, 1, 4, "x + q", 4));
    }

    @Test
    void windowsLineEndsAndByteOrderMark() {
        String text = "\uFEFFb: 1\r\na: x + q\r\n";
        assertArrayEquals(new int[] {2, 8}, locate(text, 2, 4, "x + q", 4));
    }

    @Test
    void endOfValueIsJustAfterItsLastCharacter() {
        assertArrayEquals(new int[] {1, 7}, locate("a: x +", 1, 4, "x +", 3));
    }
}
