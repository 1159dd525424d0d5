package org.conserve.app.gui.math;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Renders TeX to images with JLaTeXMath, drawn at twice the size for sharp text on any screen and
 * cached. TeX that JLaTeXMath rejects is drawn as plain text instead, so a preview never fails.
 * Thread-safety: synchronized; JLaTeXMath draws off-screen, so any thread may call it.
 */
public final class FormulaImages {
    /** Drawing scale; views show the image at 1 / {@value}. */
    public static final double OVERSAMPLING = 2;
    private static final int CACHE_SIZE = 256;

    private final Map<String, Image> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** The formula drawn at {@code points} text size in {@code color} (0xRRGGBB). */
    public synchronized Image render(String tex, float points, int color) {
        String key = points + "|" + color + "|" + tex;
        Image image = cache.get(key);
        if (image == null) {
            image = SwingFXUtils.toFXImage(draw(tex, points, color), null);
            cache.put(key, image);
        }
        return image;
    }

    /** Loads JLaTeXMath's fonts and tables (about half a second), so the first real formula is quick. */
    public Void warmUp() {
        draw("\\dot{x} = \\frac{\\sqrt{x^2 + y^2}}{2}", 12, 0);
        return null;
    }

    static BufferedImage draw(String tex, float points, int color) {
        TeXIcon icon;
        try {
            icon = new TeXFormula(tex).createTeXIcon(TeXConstants.STYLE_DISPLAY, (float) (points * OVERSAMPLING));
        } catch (ParseException | IllegalArgumentException unreadable) {
            icon = new TeXFormula(TexFormatter.verbatim(tex)).createTeXIcon(TeXConstants.STYLE_DISPLAY,
                    (float) (points * OVERSAMPLING));
        }
        int width = Math.max(1, icon.getIconWidth());
        int height = Math.max(1, icon.getIconHeight());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        icon.setForeground(new Color(color));
        icon.paintIcon(null, graphics, 0, 0);
        graphics.dispose();
        return image;
    }
}
