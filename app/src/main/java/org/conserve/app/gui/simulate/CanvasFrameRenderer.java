package org.conserve.app.gui.simulate;

import java.awt.image.BufferedImage;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

/**
 * Renders export frames off-screen exactly as the Simulate page draws them: the page's painter on a
 * canvas that is in no window, then a snapshot. UI thread only.
 */
public final class CanvasFrameRenderer implements FrameRenderer {

    @Override
    public Painter start(Simulation simulation, int width, int height) {
        Canvas canvas = new Canvas(width, height);
        PlotPainter painter = new PlotPainter();
        WritableImage snapshot = new WritableImage(width, height);
        return (trail, now) -> {
            painter.paint(canvas.getGraphicsContext2D(), width, height, simulation, trail, now);
            canvas.snapshot(null, snapshot);
            // A new image each time: the writer thread encodes it while the next one is drawn.
            return SwingFXUtils.fromFXImage(snapshot, new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB));
        };
    }
}
