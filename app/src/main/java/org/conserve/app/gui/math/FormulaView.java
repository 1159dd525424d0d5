package org.conserve.app.gui.math;

import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/** One rendered formula: an image view showing JLaTeXMath's drawing at its natural size. */
public final class FormulaView extends ImageView {
    private final String tex;

    public FormulaView(FormulaImages images, String tex, float points) {
        this.tex = tex;
        Image image = images.render(tex, points, 0x1d2330);
        setImage(image);
        setFitWidth(image.getWidth() / FormulaImages.OVERSAMPLING);
        setPreserveRatio(true);
        setSmooth(true);
        getStyleClass().add("formula");
        setAccessibleText(tex);
    }

    /**
     * Shrinks the formula when {@code available} (minus {@code inset}) is narrower than its natural width,
     * down to 60% of its size (smaller is unreadable; past that the container scrolls).
     */
    public FormulaView fitWithin(javafx.beans.value.ObservableDoubleValue available, double inset) {
        double natural = getImage().getWidth() / FormulaImages.OVERSAMPLING;
        fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> available.get() <= inset ? natural
                        : Math.max(0.6 * natural, Math.min(natural, available.get() - inset)), available));
        return this;
    }

    /** The TeX drawn, for tests and accessibility. */
    public String tex() {
        return tex;
    }
}
