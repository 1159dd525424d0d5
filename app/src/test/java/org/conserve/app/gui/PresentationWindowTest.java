package org.conserve.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.conserve.app.gui.present.PresentationViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Present Kepler from the library, walk through the slides with the keyboard, leave with Esc. */
@ExtendWith(ApplicationExtension.class)
class PresentationWindowTest {
    @TempDir
    static Path home;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = TestWindows.open(stage, home);
    }

    private static Stage presentationStage(FxRobot robot) {
        Window window = robot.lookup("#presentation").query().getScene().getWindow();
        return (Stage) window;
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void presentsKeplerFullScreenWalksToTheLastSlideAndLeavesWithEscape(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.library().systems().isEmpty());
        robot.interact(() -> model.library().select("Kepler problem (planar)"));
        robot.clickOn("#present-selected");
        PresentationViewModel presentation = model.presentationProperty().get();
        assertNotNull(presentation);
        Stage stage = presentationStage(robot);
        assertTrue(stage.isShowing());
        assertTrue(stage.isFullScreen());
        assertEquals("1 / 6", text(robot, "#present-counter"));
        assertEquals("The equations", text(robot, "#present-title"));

        robot.type(KeyCode.RIGHT);
        assertEquals("The sampled phase space", text(robot, "#present-title"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> presentation.phaseSpaceProperty().get() != null);
        robot.type(KeyCode.SPACE, KeyCode.PAGE_DOWN); // training, spectrum
        assertEquals("4 / 6", text(robot, "#present-counter"));
        assertTrue(robot.lookup("#present-start-discovery").query().isVisible(), "no discovery has run yet");
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT); // formulas, animation
        assertEquals("6 / 6", text(robot, "#present-counter"));
        assertEquals("The laws hold", text(robot, "#present-title"));
        robot.type(KeyCode.RIGHT);
        assertEquals("6 / 6", text(robot, "#present-counter"), "the last slide stays");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> presentation.animation().frameProperty().get() != null
                && presentation.animation().frameProperty().get().time() > 0);
        assertTrue(presentation.animation().playingProperty().get());
        assertTrue(robot.lookup("#present-narration").queryAs(javafx.scene.Node.class).isVisible());

        robot.type(KeyCode.HOME);
        assertEquals("1 / 6", text(robot, "#present-counter"));
        assertFalse(presentation.animation().playingProperty().get(), "paused off its slide");
        robot.type(KeyCode.END, KeyCode.PAGE_UP, KeyCode.LEFT);
        assertEquals("4 / 6", text(robot, "#present-counter"));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
        assertNull(model.presentationProperty().get());
        assertFalse(presentation.animation().playingProperty().get());
        assertNull(model.messageProperty().get(), () -> String.valueOf(model.messageProperty().get()));

        robot.type(KeyCode.F5); // from the main window: the selected system again
        assertNotNull(model.presentationProperty().get());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(model.presentationProperty().get());
    }
}
