package org.conserve.app.gui.simulate;

import java.awt.image.BufferedImage;
import java.util.List;

/** Draws an export's frames as images. UI thread only (the product draws on a JavaFX canvas). */
@FunctionalInterface
public interface FrameRenderer {

    /** Begins an export of {@code simulation} at {@code width} x {@code height} pixels. */
    Painter start(Simulation simulation, int width, int height);

    /** Paints one export's frames, in time order (the plot's ranges grow as the animation's do). */
    @FunctionalInterface
    interface Painter {
        /** The picture of {@code now} with the frames before it ({@code trail}, oldest first, ending at now). */
        BufferedImage paint(List<Frame> trail, Frame now);
    }
}
