package org.conserve.app.gui;

import java.nio.file.Path;

import javafx.stage.Stage;
import org.conserve.app.gui.math.FormulaImages;

/** The main window as the window tests open it: standard services logging into {@code home}, started. */
public final class TestWindows {
    private TestWindows() {
    }

    /** Shows the main window on {@code stage} (call from a TestFX {@code @Start} method) and starts it. */
    public static MainViewModel open(Stage stage, Path home) {
        MainViewModel model = new MainViewModel(AppServices.standard(new Failures(home.resolve("conserve.log"))));
        stage.setScene(ConserveApp.scene(model, new FormulaImages()));
        stage.show();
        model.start();
        return model;
    }
}
