package org.conserve.app.gui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.conserve.app.gui.library.NotesMarkup.Block;
import org.conserve.app.gui.library.NotesMarkup.Span;
import org.conserve.app.gui.library.NotesMarkup.Style;
import org.junit.jupiter.api.Test;

class NotesMarkupTest {

    @Test
    void joinsLinesIntoParagraphsSeparatedByBlankLines() {
        List<Block> blocks = NotesMarkup.parse("First line\ncontinues here.\n\nSecond paragraph.");
        assertEquals(2, blocks.size());
        assertEquals("First line continues here.", blocks.get(0).plainText());
        assertEquals("Second paragraph.", blocks.get(1).plainText());
    }

    @Test
    void readsBoldItalicAndCodeSpans() {
        List<Span> spans = NotesMarkup.parse("By **Noether's theorem** the energy `E = x^2` is *conserved*.")
                .get(0).spans();
        assertEquals(List.of(new Span("By ", Style.PLAIN), new Span("Noether's theorem", Style.BOLD),
                new Span(" the energy ", Style.PLAIN), new Span("E = x^2", Style.CODE),
                new Span(" is ", Style.PLAIN), new Span("conserved", Style.ITALIC), new Span(".", Style.PLAIN)),
                spans);
    }

    @Test
    void keepsAnUnclosedMarkerAsPlainText() {
        assertEquals(List.of(new Span("2 * 3 and `open", Style.PLAIN)), NotesMarkup.parse("2 * 3 and `open").get(0).spans());
    }

    @Test
    void anAsteriskInsideAFormulaIsMultiplicationNotEmphasis() {
        assertEquals(List.of(new Span("p' = -x - gamma*p loses energy: dE/dt = -gamma*p^2 for ", Style.PLAIN),
                        new Span("E", Style.CODE)),
                NotesMarkup.parse("p' = -x - gamma*p loses energy: dE/dt = -gamma*p^2 for `E`").get(0).spans());
        assertEquals(List.of(new Span("a ", Style.PLAIN), new Span("b", Style.ITALIC), new Span(" * c", Style.PLAIN)),
                NotesMarkup.parse("a *b* * c").get(0).spans());
    }

    @Test
    void readsBulletItemsWithTheirContinuationLines() {
        List<Block> blocks = NotesMarkup.parse("Laws:\n- energy\n  of the orbit\n- angular momentum\n\nEnd.");
        assertEquals(4, blocks.size());
        assertFalse(blocks.get(0).bullet());
        assertTrue(blocks.get(1).bullet());
        assertEquals("energy of the orbit", blocks.get(1).plainText());
        assertEquals("angular momentum", blocks.get(2).plainText());
        assertEquals("End.", blocks.get(3).plainText());
    }

    @Test
    void emptyNotesHaveNoBlocks() {
        assertEquals(List.of(), NotesMarkup.parse("  \n "));
    }
}
