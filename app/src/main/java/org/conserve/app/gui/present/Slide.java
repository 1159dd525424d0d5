package org.conserve.app.gui.present;

import java.util.List;

import org.conserve.app.gui.library.NotesMarkup;

/**
 * One slide of a presentation.
 *
 * @param kind      what the slide shows
 * @param title     its heading
 * @param caption   one sentence on what is on screen, the same for every system
 * @param narration the part of the system's teaching notes said on this slide (may be empty)
 */
public record Slide(Kind kind, String title, String caption, List<NotesMarkup.Block> narration) {

    public Slide {
        narration = List.copyOf(narration);
    }

    /** The guided sequence, in order; a PDE skips the neural steps (the app trains ODE networks only). */
    public enum Kind {
        EQUATIONS,
        PHASE_SPACE,
        TRAINING,
        SPECTRUM,
        FORMULAS,
        ANIMATION
    }

    /** The narration as plain text, paragraphs separated by blank lines. */
    public String narrationText() {
        return String.join("\n\n", narration.stream().map(NotesMarkup.Block::plainText).toList());
    }
}
