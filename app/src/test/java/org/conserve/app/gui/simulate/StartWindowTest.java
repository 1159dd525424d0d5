package org.conserve.app.gui.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.conserve.app.gui.MainViewModel;
import org.conserve.app.gui.TestWindows;
import org.conserve.app.gui.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Clicking on the oscillator's phase portrait moves its start there; the fields show it. */
@ExtendWith(ApplicationExtension.class)
class StartWindowTest {
    @TempDir
    static Path home;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = TestWindows.open(stage, home);
    }

    private double[] startAfterClickAt(FxRobot robot, Canvas canvas, double dx, double dy) throws Exception {
        Simulation before = model.simulation().simulationProperty().get();
        robot.clickOn(robot.point(canvas).atOffset(new Point2D(dx, dy)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.simulation().simulationProperty().get() != null
                && model.simulation().simulationProperty().get() != before);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", model.simulation().start().problemProperty().get());
        return model.simulation().simulationProperty().get().initialFrame().state();
    }

    @Test
    void clickingOnThePhasePortraitStartsTheOscillatorThere(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.library().systems().isEmpty());
        robot.interact(() -> model.library().select("Harmonic oscillator (1D)"));
        robot.clickOn("#simulate-selected");
        assertEquals(Page.SIMULATE, model.pageProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.simulation().frameProperty().get() != null
                && model.simulation().frameProperty().get().time() > 0.2);
        double[] fileStart = model.simulation().simulationProperty().get().initialFrame().state().clone();
        Canvas canvas = robot.lookup("#simulation-canvas").queryAs(Canvas.class);

        double[] rightAbove = startAfterClickAt(robot, canvas, 0.3 * canvas.getWidth(), -0.3 * canvas.getHeight());
        assertNotEquals(fileStart[0], rightAbove[0]);
        assertNotEquals(fileStart[1], rightAbove[1]);
        assertEquals(StartViewModel.format(rightAbove[0]), robot.lookup("#start-x").queryAs(TextField.class).getText());
        assertEquals(StartViewModel.format(rightAbove[1]), robot.lookup("#start-p").queryAs(TextField.class).getText());
        assertTrue(model.simulation().playingProperty().get());

        double[] leftBelow = startAfterClickAt(robot, canvas, -0.3 * canvas.getWidth(), 0.3 * canvas.getHeight());
        assertTrue(leftBelow[0] < rightAbove[0], "x grows to the right");
        assertTrue(leftBelow[1] < rightAbove[1], "p grows upwards");

        // Typing a start works too.
        robot.interact(() -> {
            robot.lookup("#start-x").queryAs(TextField.class).setText("0.5");
            robot.lookup("#start-p").queryAs(TextField.class).setText("-0.25");
        });
        robot.clickOn("#start-apply");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.simulation().simulationProperty().get() != null
                && model.simulation().simulationProperty().get().initialFrame().state()[0] == 0.5);
        assertArrayEquals(new double[] {0.5, -0.25}, model.simulation().simulationProperty().get().initialFrame()
                .state());
        assertTrue(model.messageProperty().get() == null, () -> String.valueOf(model.messageProperty().get()));
    }
}
