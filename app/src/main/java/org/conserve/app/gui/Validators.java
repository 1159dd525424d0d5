package org.conserve.app.gui;

import org.conserve.app.gui.editor.SystemValidator;
import org.conserve.app.gui.editor.YamlShapeValidator;

/** The validator the editor uses. */
public final class Validators {
    private Validators() {
    }

    public static SystemValidator standard() {
        return new YamlShapeValidator();
    }
}
