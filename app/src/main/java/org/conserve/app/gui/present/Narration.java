package org.conserve.app.gui.present;

import java.util.ArrayList;
import java.util.List;

import org.conserve.app.gui.library.NotesMarkup;

/**
 * Splits a system's teaching notes into what is said on each slide. The notes are cut into passages (a
 * paragraph together with the bullet items that follow it, since "Three laws:" and its list belong
 * together), and the passages are spread over the slides in order, as evenly as they go: the first on
 * the first slide, the last on the last (usually "What to look at", which suits the animation). With more
 * passages than slides, neighbours share a slide. Stateless; thread-safe.
 */
public final class Narration {
    private Narration() {
    }

    /** The notes' passages, each a list of blocks: a paragraph and the bullets after it. */
    static List<List<NotesMarkup.Block>> passages(String notes) {
        List<List<NotesMarkup.Block>> passages = new ArrayList<>();
        for (NotesMarkup.Block block : NotesMarkup.parse(notes == null ? "" : notes)) {
            if (block.bullet() && !passages.isEmpty()) {
                passages.get(passages.size() - 1).add(block);
            } else {
                passages.add(new ArrayList<>(List.of(block)));
            }
        }
        return passages;
    }

    /**
     * The narration of each of {@code slides} slides: passage {@code p} of {@code n} goes to slide
     * {@code round(p (slides - 1) / (n - 1))} when there are fewer passages than slides, and to slide
     * {@code floor(p slides / n)} otherwise. Slides no passage falls on get an empty list.
     */
    public static List<List<NotesMarkup.Block>> split(String notes, int slides) {
        if (slides < 1) {
            throw new IllegalArgumentException("slides must be at least 1, not " + slides);
        }
        List<List<NotesMarkup.Block>> passages = passages(notes);
        List<List<NotesMarkup.Block>> narration = new ArrayList<>();
        for (int i = 0; i < slides; i++) {
            narration.add(new ArrayList<>());
        }
        int n = passages.size();
        for (int p = 0; p < n; p++) {
            int slide;
            if (n <= slides) {
                slide = n == 1 ? 0 : (int) Math.round((double) p * (slides - 1) / (n - 1));
            } else {
                slide = (int) ((long) p * slides / n);
            }
            narration.get(slide).addAll(passages.get(p));
        }
        return narration.stream().map(List::copyOf).toList();
    }
}
