package org.conserve.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.conserve.app.gui.simulate.Display;
import org.conserve.app.gui.simulate.LawReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Pick Kepler in the library, simulate it, watch its laws hold, pause. */
@ExtendWith(ApplicationExtension.class)
class SimulationWindowTest {
    @TempDir
    static Path home;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = TestWindows.open(stage, home);
    }

    @Test
    void keplerAnimatesWithItsLawsConstantAndPauses(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.library().systems().isEmpty());
        robot.interact(() -> model.library().select("Kepler problem (planar)"));
        robot.clickOn("#simulate-selected");
        assertEquals(Page.SIMULATE, model.pageProperty().get());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> model.simulation().frameProperty().get() != null
                && model.simulation().frameProperty().get().time() > 0.5);
        assertTrue(model.simulation().playingProperty().get());
        assertEquals(Display.Type.BODIES, model.simulation().simulationProperty().get().display().type());
        assertFalse(model.simulation().laws().isEmpty());
        for (LawReading law : model.simulation().laws()) {
            assertEquals(law.initial(), law.value(), 1e-8 * Math.max(1, Math.abs(law.initial())), law.expression());
        }

        Button play = robot.lookup("#play-pause").queryButton();
        assertEquals("Pause", play.getText());
        robot.clickOn(play);
        assertFalse(model.simulation().playingProperty().get());
        double pausedAt = model.simulation().frameProperty().get().time();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(pausedAt, model.simulation().frameProperty().get().time());
        assertEquals("Play", play.getText());
        assertTrue(model.messageProperty().get() == null, () -> String.valueOf(model.messageProperty().get()));
    }
}
