package org.conserve.app.gui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.conserve.app.gui.library.NotesMarkup;
import org.junit.jupiter.api.Test;

class NarrationTest {
    private static final String NOTES = """
            First paragraph. Three laws:

            - one
            - two

            Second paragraph.

            What to look at: the last one.
            """;

    private static List<String> texts(List<NotesMarkup.Block> blocks) {
        return blocks.stream().map(NotesMarkup.Block::plainText).toList();
    }

    @Test
    void keepsBulletsWithTheParagraphThatIntroducesThem() {
        List<List<NotesMarkup.Block>> passages = Narration.passages(NOTES);
        assertEquals(3, passages.size());
        assertEquals(List.of("First paragraph. Three laws:", "one", "two"), texts(passages.get(0)));
    }

    @Test
    void spreadsFewPassagesFromTheFirstToTheLastSlide() {
        List<List<NotesMarkup.Block>> slides = Narration.split(NOTES, 6);
        assertEquals(6, slides.size());
        assertEquals("First paragraph. Three laws:", texts(slides.get(0)).get(0));
        // Passage 1 of 0..2 lands on round(1 * 5 / 2) = 3 (2.5 rounds up).
        assertEquals(List.of("Second paragraph."), texts(slides.get(3)));
        assertEquals(List.of("What to look at: the last one."), texts(slides.get(5)));
        for (int empty : new int[] {1, 2, 4}) {
            assertTrue(slides.get(empty).isEmpty(), "slide " + empty);
        }
    }

    @Test
    void letsNeighboursShareASlideWhenThereAreMorePassagesThanSlides() {
        List<List<NotesMarkup.Block>> slides = Narration.split("a\n\nb\n\nc\n\nd\n\ne", 2);
        assertEquals(List.of("a", "b", "c"), texts(slides.get(0)));
        assertEquals(List.of("d", "e"), texts(slides.get(1)));
    }

    @Test
    void givesEmptyNarrationWithoutNotesAndPutsASinglePassageFirst() {
        assertTrue(Narration.split("", 4).stream().allMatch(List::isEmpty));
        assertEquals(List.of("only"), texts(Narration.split("only", 4).get(0)));
        assertThrows(IllegalArgumentException.class, () -> Narration.split("x", 0));
    }
}
