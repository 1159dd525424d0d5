package org.conserve.app.gui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.conserve.app.gui.editor.EditorHighlighting.Run;
import org.junit.jupiter.api.Test;

class EditorHighlightingTest {

    @Test
    void convertsLineAndColumnToAnOffset() {
        String text = "ab\ncdef\ng";
        assertEquals(0, EditorHighlighting.offset(text, 1, 1));
        assertEquals(5, EditorHighlighting.offset(text, 2, 3));
        assertEquals(7, EditorHighlighting.offset(text, 2, 99), "clamped to the end of the line");
        assertEquals(9, EditorHighlighting.offset(text, 9, 1), "clamped to the end of the text");
    }

    @Test
    void underlinesTheWholeTokenAtTheProblem() {
        String text = "p: -k*xx + 1\n";
        List<Run> runs = EditorHighlighting.runs(text, List.of(new EditorProblem(1, 7, "unknown symbol xx")));
        assertEquals(List.of(new Run(2, Set.of(EditorHighlighting.KEY)), new Run(4, Set.of()),
                new Run(2, Set.of(EditorHighlighting.PROBLEM)), new Run(5, Set.of())), runs);
    }

    @Test
    void marksKeysAndCommentsButNotAHashInsideQuotes() {
        String text = "  x: \"a#b\" # note\n";
        List<Run> runs = EditorHighlighting.runs(text, List.of());
        assertEquals(List.of(new Run(2, Set.of()), new Run(2, Set.of(EditorHighlighting.KEY)), new Run(7, Set.of()),
                new Run(6, Set.of(EditorHighlighting.COMMENT)), new Run(1, Set.of())), runs);
    }

    @Test
    void runsCoverTheWholeText() {
        String text = "name: K\nkind: ode\n# c\n";
        assertEquals(text.length(), EditorHighlighting.runs(text, List.of(new EditorProblem(2, 1, "x")))
                .stream().mapToInt(Run::length).sum());
    }
}
