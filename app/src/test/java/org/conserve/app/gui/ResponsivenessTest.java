package org.conserve.app.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.conserve.app.gui.math.FormulaImages;
import org.conserve.app.gui.task.BackgroundTaskRunner;
import org.conserve.app.gui.task.FxFrameClock;
import org.conserve.app.gui.library.BuiltInSystems;
import org.conserve.app.gui.editor.SymbolicValidator;
import org.conserve.app.gui.simulate.FileSimulations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window stays responsive while a simulation computes in the background: the work done on the
 * JavaFX thread per frame (advancing the animation, drawing it, updating the laws) is measured as
 * processor time, which a busy machine does not inflate.
 */
@ExtendWith(ApplicationExtension.class)
class ResponsivenessTest {
    @TempDir
    static Path home;
    private MainViewModel model;
    private final FxFrameClock clock = new FxFrameClock();

    @Start
    void start(Stage stage) {
        Failures failures = new Failures(home.resolve("conserve.log"));
        model = new MainViewModel(new AppServices(BuiltInSystems.standard(), new SymbolicValidator(),
                new FileSimulations(), new BackgroundTaskRunner(Platform::runLater), clock, System::nanoTime,
                failures));
        stage.setScene(ConserveApp.scene(model, new FormulaImages()));
        stage.show();
        model.start();
    }

    @Test
    void aPlayingPdeSimulationCostsTheUiThreadFarLessThanAFrameBudget(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.library().systems().isEmpty());
        robot.interact(() -> model.library().select("Korteweg-de Vries equation"));
        robot.clickOn("#simulate-selected");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.simulation().frameProperty().get() != null
                && model.simulation().frameProperty().get().time() > 0.2);
        clock.resetMeasurement(); // after the first frames, which load classes
        double from = model.simulation().frameProperty().get().time();
        WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        double to = model.simulation().frameProperty().get().time();
        long longestMillis = clock.longestFrameCpuNanos() / 1_000_000;
        System.out.println("longest UI-thread frame while KdV plays: " + longestMillis + " ms of CPU; played t "
                + from + " -> " + to);
        assertTrue(to > from, "the animation advanced");
        assertTrue(longestMillis < 50, "UI thread busy " + longestMillis + " ms in one frame");
    }
}
