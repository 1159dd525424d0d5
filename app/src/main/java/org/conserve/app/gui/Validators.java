package org.conserve.app.gui;

import org.conserve.app.gui.editor.SystemValidator;
import org.conserve.app.gui.editor.SymbolicValidator;

/** The validator the editor uses: the symbolic module's full validation of system files. */
public final class Validators {
    private Validators() {
    }

    public static SystemValidator standard() {
        return new SymbolicValidator();
    }
}
