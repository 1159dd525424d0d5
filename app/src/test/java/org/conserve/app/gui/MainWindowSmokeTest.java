package org.conserve.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.conserve.app.gui.library.BuiltInSystems;
import org.conserve.app.gui.library.SystemKind;
import org.conserve.app.gui.library.SystemSummary;
import org.conserve.app.gui.math.FormulaView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real main window on headless Monocle and looks at the library of built-in systems. */
@ExtendWith(ApplicationExtension.class)
class MainWindowSmokeTest {
    @TempDir
    static Path home;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = TestWindows.open(stage, home);
    }

    @Test
    void libraryListsEveryBuiltInSystemGroupedByKind(FxRobot robot) throws Exception {
        List<SystemSummary> builtIns = BuiltInSystems.standard().load().systems();
        assertFalse(builtIns.isEmpty(), "the examples module bundles systems under /systems");
        TreeView<Object> tree = robot.lookup("#library-tree").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !tree.getRoot().getChildren().isEmpty());

        List<String> groups = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (TreeItem<Object> group : tree.getRoot().getChildren()) {
            groups.add(((SystemKind) group.getValue()).name());
            for (TreeItem<Object> item : group.getChildren()) {
                SystemSummary system = (SystemSummary) item.getValue();
                assertEquals(group.getValue(), system.kind(), system.name() + " is under its own kind");
                listed.add(system.name());
            }
        }
        assertEquals(builtIns.stream().map(SystemSummary::name).toList(), listed);
        assertEquals(builtIns.stream().map(s -> s.kind().name()).distinct().toList(), groups);
        assertTrue(model.messageProperty().get() == null, () -> "no error: " + model.messageProperty().get());
    }

    @Test
    void selectingASystemShowsItsEquationsAndTeachingNotes(FxRobot robot) throws Exception {
        TreeView<Object> tree = robot.lookup("#library-tree").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !tree.getRoot().getChildren().isEmpty());
        SystemSummary last = model.library().systems().get(model.library().systems().size() - 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".tree-cell")
                .match((javafx.scene.control.TreeCell<?> c) -> c.getItem() == last).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".tree-cell").match((javafx.scene.control.TreeCell<?> c) -> c.getItem() == last)
                .<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(last, model.library().selected().orElseThrow());
        Label title = robot.lookup(".system-title").queryAs(Label.class);
        assertEquals(last.name(), title.getText());
        List<String> shownTex = robot.lookup("#library-details .formula").queryAllAs(FormulaView.class).stream()
                .map(FormulaView::tex).toList();
        assertTrue(shownTex.containsAll(model.library().selectedEquationsTex()), shownTex::toString);
        assertEquals(last.equations().size() + last.expectedLaws().size(), shownTex.size());
        if (!last.notes().isEmpty()) {
            assertFalse(robot.lookup(".notes-text").queryAll().isEmpty(), "the teaching note is shown");
        }
    }
}
