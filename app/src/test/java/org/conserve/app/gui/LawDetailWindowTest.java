package org.conserve.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.chart.LineChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.conserve.app.gui.laws.LawRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** After a short discovery, selecting the energy in the laws table draws it along a trajectory and on a slice. */
@ExtendWith(ApplicationExtension.class)
class LawDetailWindowTest {
    @TempDir
    static Path home;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = TestWindows.open(stage, home);
    }

    @Test
    void selectingALawDrawsItAlongATrajectoryAndOnASlice(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.library().systems().isEmpty());
        robot.interact(() -> model.library().select("Harmonic oscillator (1D)"));
        robot.clickOn("#discover-selected");
        robot.interact(() -> {
            robot.lookup("#discover-samples").queryAs(TextField.class).setText("200");
            robot.lookup("#discover-adam").queryAs(TextField.class).setText("150");
            robot.lookup("#discover-lbfgs").queryAs(TextField.class).setText("50");
            robot.lookup("#discover-seed").queryAs(TextField.class).setText("7");
            robot.lookup("#discover-degree").queryAs(TextField.class).setText("2");
        });
        assertEquals("2", model.discover().degreeProperty().get());
        robot.clickOn("#discover-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.discover().resultProperty().get() != null
                && !model.discover().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(model.messageProperty().get(), () -> String.valueOf(model.messageProperty().get()));
        assertFalse(robot.lookup("#law-detail").query().isVisible()); // nothing selected yet

        TableView<LawRow> table = robot.lookup("#laws-table").queryTableView();
        assertEquals(LawRow.Kind.PROVED, table.getItems().get(0).kind());
        robot.clickOn(robot.lookup("#laws-table .formula").queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.discover().lawDetail().trajectoryProperty().get() != null
                && model.discover().lawDetail().sliceProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#law-detail").query().isVisible());

        LineChart<?, ?> trajectory = robot.lookup("#law-trajectory-chart").queryAs(LineChart.class);
        assertEquals(2, trajectory.getData().size()); // the law and a coordinate
        assertEquals(401, trajectory.getData().get(0).getData().size());
        String drift = robot.lookup("#law-trajectory-caption").queryAs(Label.class).getText();
        assertTrue(drift.startsWith("Relative drift of I1"), drift);

        LineChart<?, ?> slice = robot.lookup("#law-slice-chart").queryAs(LineChart.class);
        assertEquals(2, slice.getData().size()); // the formula and the networks' fit
        assertTrue(slice.getData().get(0).getName().contains("(formula)"), slice.getData().get(0).getName());
        String fit = robot.lookup("#law-slice-caption").queryAs(Label.class).getText();
        assertTrue(fit.contains("relative residual"), fit);

        // Another variable: the slice is drawn again along p.
        ChoiceBox<?> variable = robot.lookup("#law-slice-variable").queryAs(ChoiceBox.class);
        robot.interact(() -> variable.getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.discover().lawDetail().sliceProperty().get() != null
                && model.discover().lawDetail().sliceProperty().get().variable().equals("p"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("p", slice.getXAxis().getLabel());
    }
}
