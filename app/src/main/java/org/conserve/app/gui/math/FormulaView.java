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

    /** The TeX drawn, for tests and accessibility. */
    public String tex() {
        return tex;
    }
}
