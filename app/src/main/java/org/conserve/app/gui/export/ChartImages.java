package org.conserve.app.gui.export;

import java.awt.image.BufferedImage;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;

/** Pictures of nodes on screen, for writing as PNG. UI thread only. */
public final class ChartImages {
    private ChartImages() {
    }

    /** What {@code node} shows now. */
    public static BufferedImage snapshot(Node node) {
        return SwingFXUtils.fromFXImage(node.snapshot(new SnapshotParameters(), null), null);
    }
}
