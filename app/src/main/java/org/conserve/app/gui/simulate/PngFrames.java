package org.conserve.app.gui.simulate;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.conserve.symbolic.export.AtomicFiles;

/** Numbered PNG files, each written atomically (never a half-written frame). Stateless; thread-safe. */
final class PngFrames {
    private PngFrames() {
    }

    /** {@code frame-0001.png} for the first frame (index 0). */
    static String name(int index) {
        return String.format(Locale.ROOT, "frame-%04d.png", index + 1);
    }

    /** Writes {@code image} as frame {@code index}, opaque (a plot has no transparent parts). */
    static Path write(Path folder, int index, BufferedImage image) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        if (!ImageIO.write(opaque(image), "png", png)) {
            throw new IOException("no PNG writer for " + image);
        }
        return AtomicFiles.write(folder.resolve(name(index)), png.toByteArray());
    }

    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        return rgb;
    }
}
