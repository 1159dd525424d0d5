package org.conserve.app.gui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.conserve.app.gui.AppServices;
import org.conserve.app.gui.ConserveApp;
import org.conserve.app.gui.Failures;
import org.conserve.app.gui.MainViewModel;
import org.conserve.app.gui.Page;
import org.conserve.app.gui.export.FolderMemory;
import org.conserve.app.gui.laws.LawRow;
import org.conserve.app.gui.math.FormulaImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Discover the oscillator's law, File > Save session as…, then a fresh window opens the session with
 * File > Open session… and shows the same count and laws without training.
 */
@ExtendWith(ApplicationExtension.class)
class SessionWindowTest {
    @TempDir
    static Path home;
    private Stage firstStage;
    private MainViewModel first;

    /** The session dialogs answer with this file; the folder memory stays in memory. */
    private static SessionChooser answering(Path file) {
        return new SessionChooser() {
            @Override
            public Optional<Path> chooseToOpen(Optional<Path> folder) {
                return Optional.of(file);
            }

            @Override
            public Optional<Path> chooseToSave(Optional<Path> folder, String suggestedName) {
                return Optional.of(file);
            }
        };
    }

    private static MainViewModel window(Path folder) {
        MainViewModel model = new MainViewModel(AppServices.standard(new Failures(folder.resolve("conserve.log"))));
        model.session().useMemory(new FolderMemory() {
            private Path last;

            @Override
            public Optional<Path> last() {
                return Optional.ofNullable(last);
            }

            @Override
            public void remember(Path chosen) {
                last = chosen;
            }
        });
        return model;
    }

    @Start
    void start(Stage stage) {
        firstStage = stage;
        first = window(home);
        stage.setScene(ConserveApp.scene(first, new FormulaImages()));
        stage.show();
        first.start();
    }

    @Test
    void aSavedSessionReopensInAFreshWindowWithTheSameCountAndLaws(FxRobot robot) throws Exception {
        Path file = home.resolve("oscillator" + SessionCodec.EXTENSION);
        robot.interact(() -> {
            first.discover().open("Harmonic oscillator (1D)", TrainedSession.FILE, TrainedSession.TEXT);
            first.pageProperty().set(Page.DISCOVER);
            first.discover().samplesProperty().set("200");
            first.discover().adamStepsProperty().set("150");
            first.discover().lbfgsStepsProperty().set("50");
            first.discover().seedProperty().set("7");
        });
        robot.clickOn("#discover-run");
        long started = System.nanoTime();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> first.discover().resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        System.out.println("discovery took " + (System.nanoTime() - started) / 1_000_000 + " ms; "
                + first.discover().stageProperty().get());
        String summary = first.discover().summaryProperty().get();
        List<LawRow> laws = List.copyOf(first.discover().laws());
        assertEquals(1, first.discover().resultProperty().get().neural().count());

        // Ctrl+S outside the editor saves the session; the first time it asks where (the answer: file).
        first.session().useChooser(answering(file));
        robot.push(KeyCode.SHORTCUT, KeyCode.S);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> file.equals(first.session().fileProperty().get()));
        assertTrue(Files.isRegularFile(file));
        Files.delete(file);
        robot.clickOn("#menu-file").clickOn("#menu-save-session-as");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.isRegularFile(file));

        Path freshHome = Files.createDirectories(home.resolve("fresh"));
        MainViewModel second = window(freshHome);
        second.session().useChooser(answering(file));
        Stage[] secondStage = new Stage[1];
        robot.interact(() -> {
            firstStage.close();
            secondStage[0] = new Stage();
            secondStage[0].setScene(ConserveApp.scene(second, new FormulaImages()));
            secondStage[0].show();
            second.start();
        });
        assertNull(second.discover().resultProperty().get());
        robot.clickOn("#menu-file").clickOn("#menu-open-session");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> second.discover().resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Page.DISCOVER, second.pageProperty().get());
        assertFalse(second.discover().runningProperty().get());
        assertEquals(1, second.discover().resultProperty().get().neural().count());
        Label shownSummary = robot.from(secondStage[0].getScene().getRoot()).lookup("#laws-summary").query();
        assertEquals(summary, shownSummary.getText());
        TableView<LawRow> table = robot.from(secondStage[0].getScene().getRoot()).lookup("#laws-table")
                .queryTableView();
        assertEquals(laws, table.getItems());
        assertEquals("proved", table.getItems().get(0).status());
        String stage = robot.from(secondStage[0].getScene().getRoot()).lookup("#discover-stage").queryAs(Label.class)
                .getText();
        assertTrue(stage.contains("nothing was retrained"), stage);
        assertTrue(second.messageProperty().get().text().startsWith("Opened the session"),
                second.messageProperty().get().text());
        robot.interact(secondStage[0]::close);
    }
}
