package org.conserve.app.gui.present;

import java.util.ArrayList;
import java.util.List;

import org.conserve.app.gui.library.NotesMarkup;
import org.conserve.app.gui.library.SystemKind;
import org.conserve.app.gui.library.SystemSummary;

/** The guided sequence of slides for one system, with its notes spread over them as narration. */
public final class SlideDeck {
    private SlideDeck() {
    }

    /** All six slides; a PDE's speak of sampled states and conserved densities. */
    public static List<Slide> of(SystemSummary system) {
        boolean pde = system.kind() == SystemKind.PDE;
        List<Slide.Kind> kinds = List.of(Slide.Kind.values());
        List<List<NotesMarkup.Block>> narration = Narration.split(system.notes(), kinds.size());
        List<Slide> slides = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            Slide.Kind kind = kinds.get(i);
            slides.add(new Slide(kind, title(kind, pde), caption(kind, pde), narration.get(i)));
        }
        return List.copyOf(slides);
    }

    private static String title(Slide.Kind kind, boolean pde) {
        return switch (kind) {
            case EQUATIONS -> "The equations";
            case PHASE_SPACE -> pde ? "Sampled states" : "The sampled phase space";
            case TRAINING -> "Training the networks";
            case SPECTRUM -> "The spectrum and the count";
            case FORMULAS -> pde ? "The conserved densities" : "The formulas and their proofs";
            case ANIMATION -> "The laws hold";
        };
    }

    private static String caption(Slide.Kind kind, boolean pde) {
        return switch (kind) {
            case EQUATIONS -> pde ? "How each field changes in time, periodic in x."
                    : "How each variable changes in time: the flow the laws must be constant along.";
            case PHASE_SPACE -> pde ? "Random smooth periodic states: at every grid point the flow is known."
                    : "The points the networks learn from: at each one the flow's direction is known.";
            case TRAINING -> pde ? "Each network is a local density h of the features; its integral H is trained"
                    + " so that H's gradient over the grid is orthogonal to the flow (l1), the networks so that they"
                    + " stay independent (l2)."
                    : "Each network H is trained so that its gradient is orthogonal to the flow (l1),"
                    + " and the networks so that they stay independent (l2).";
            case SPECTRUM -> "The explained ratios of the networks' gradients: each large ratio is one"
                    + " independent conserved quantity.";
            case FORMULAS -> pde ? "Densities h whose integral stays constant, found by the density search and"
                    + " proved by Symja (the Euler operator of D_t h vanishes)."
                    : "Exact formulas found by a sparse search, each proved by Symja: dH/dt simplifies to 0.";
            case ANIMATION -> "A simulation from the file's start: the conserved quantities keep their values"
                    + " while everything else moves.";
        };
    }
}
