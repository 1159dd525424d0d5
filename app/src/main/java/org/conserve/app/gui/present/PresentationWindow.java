package org.conserve.app.gui.present;

import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.conserve.app.gui.math.FormulaImages;

/**
 * The full-screen window of a presentation and its keys: Right, Space, Page Down and Down go on; Left,
 * Page Up and Up go back; Home and End jump to the first and last slide; Esc leaves. The keys are
 * taken before any control sees them (Space must not press the focused button). UI thread only.
 */
public final class PresentationWindow {
    private PresentationWindow() {
    }

    /**
     * Opens {@code model}'s presentation full screen over {@code owner}; {@code onClosed} runs when it is
     * left (the model is closed first).
     */
    public static Stage open(Window owner, PresentationViewModel model, FormulaImages formulas, Runnable onClosed) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Conserve: " + model.system().name());
        Scene scene = new Scene(new PresentationView(model, formulas), 1280, 800);
        scene.getStylesheets().addAll(
                PresentationWindow.class.getResource("/org/conserve/app/gui/conserve.css").toExternalForm(),
                PresentationWindow.class.getResource("presentation.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (handle(event, model, stage)) {
                event.consume();
            }
        });
        stage.setScene(scene);
        // Esc leaves the presentation, not merely full screen.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        stage.setOnHidden(event -> {
            model.close();
            onClosed.run();
        });
        stage.show();
        model.start();
        return stage;
    }

    private static boolean handle(KeyEvent event, PresentationViewModel model, Stage stage) {
        switch (event.getCode()) {
            case RIGHT, SPACE, PAGE_DOWN, DOWN -> model.next();
            case LEFT, PAGE_UP, UP -> model.previous();
            case HOME -> model.first();
            case END -> model.last();
            case ESCAPE -> stage.close();
            default -> {
                return false;
            }
        }
        return true;
    }
}
