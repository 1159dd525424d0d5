package org.conserve.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.conserve.app.gui.laws.LawRow;
import org.conserve.app.gui.math.FormulaImages;
import org.conserve.app.gui.math.FormulaView;
import org.conserve.app.gui.session.LastSession;
import org.conserve.app.gui.session.Session;
import org.conserve.app.gui.task.FxFrameClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Pick the harmonic oscillator, discover with a small budget, read its proved energy in the laws table. */
@ExtendWith(ApplicationExtension.class)
class DiscoverWindowTest {
    @TempDir
    static Path home;
    private MainViewModel model;
    private FxFrameClock clock;

    @Start
    void start(Stage stage) {
        AppServices services = AppServices.standard(new Failures(home.resolve("conserve.log")));
        clock = (FxFrameClock) services.clock();
        model = new MainViewModel(services);
        stage.setScene(ConserveApp.scene(model, new FormulaImages()));
        stage.show();
        model.start();
    }

    @Test
    void discoversTheOscillatorsEnergyAndShowsItProvedInTheLawsTable(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.library().systems().isEmpty());
        robot.interact(() -> model.library().select("Harmonic oscillator (1D)"));
        robot.clickOn("#discover-selected");
        assertEquals(Page.DISCOVER, model.pageProperty().get());
        assertEquals("Harmonic oscillator (1D)", robot.lookup("#discover-title").queryAs(Label.class).getText());

        robot.interact(() -> {
            robot.lookup("#discover-samples").queryAs(TextField.class).setText("200");
            robot.lookup("#discover-adam").queryAs(TextField.class).setText("150");
            robot.lookup("#discover-lbfgs").queryAs(TextField.class).setText("50");
            robot.lookup("#discover-seed").queryAs(TextField.class).setText("7");
        });
        assertEquals("200", model.discover().samplesProperty().get());
        Button run = robot.lookup("#discover-run").queryButton();
        Button cancel = robot.lookup("#discover-cancel").queryButton();
        assertTrue(cancel.isDisabled());
        robot.clickOn(run);
        assertTrue(run.isDisabled());
        assertFalse(cancel.isDisabled());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.discover().losses().isEmpty());
        robot.interact(clock::resetMeasurement); // after the first frames, which load the chart classes
        WaitForAsyncUtils.waitFor(25, TimeUnit.SECONDS, () -> !model.discover().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        long longestFrameMillis = clock.longestFrameCpuNanos() / 1_000_000;
        System.out.println("longest UI-thread frame while discovering: " + longestFrameMillis + " ms of CPU");
        assertTrue(longestFrameMillis < 100, longestFrameMillis + " ms");
        assertNull(model.messageProperty().get(), () -> String.valueOf(model.messageProperty().get()));

        assertFalse(run.isDisabled());
        assertTrue(cancel.isDisabled());
        assertEquals(1, model.discover().resultProperty().get().neural().count());
        // The finished discovery was kept as the last session (written on a worker), networks included.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> new LastSession(home).exists());
        Session saved = new LastSession(home).load().orElseThrow();
        assertEquals(1, saved.report().path("neural").path("count").asInt());
        assertEquals("200", saved.settings().get("samples"));
        assertTrue(saved.model().isPresent());
        assertEquals(1, saved.result().orElseThrow().discovery().neural().count());
        String summary = robot.lookup("#laws-summary").queryAs(Label.class).getText();
        assertTrue(summary.startsWith("1 of 1 explained"), summary);
        TableView<LawRow> table = robot.lookup("#laws-table").queryTableView();
        LawRow energy = table.getItems().get(0);
        assertEquals("proved", energy.status());
        assertTrue(energy.expression().replace(" ", "").matches(".*(p\\^2\\+x\\^2|x\\^2\\+p\\^2).*"),
                energy.expression());
        FormulaView drawn = robot.lookup("#laws-table").lookup(".formula").queryAs(FormulaView.class);
        assertEquals(energy.tex(), drawn.tex());
        assertTrue(drawn.getImage().getWidth() > 10);

        LineChart<?, ?> losses = robot.lookup("#loss-chart").queryAs(LineChart.class);
        assertFalse(losses.getData().get(0).getData().isEmpty());
        BarChart<?, ?> spectrum = robot.lookup("#spectrum-chart").queryAs(BarChart.class);
        assertEquals(2, spectrum.getData().get(0).getData().size());
        assertTrue(spectrum.getTitle().contains("count 1"), spectrum.getTitle());
        assertEquals(1.0, robot.lookup("#discover-progress").queryAs(javafx.scene.control.ProgressBar.class)
                .getProgress());
    }
}
