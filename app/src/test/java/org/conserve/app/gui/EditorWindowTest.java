package org.conserve.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.conserve.app.gui.editor.EditorProblem;
import org.conserve.app.gui.editor.EditorView;
import org.conserve.app.gui.math.FormulaView;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor in the real window: open a built-in, break it, see the problem where it is. */
@ExtendWith(ApplicationExtension.class)
class EditorWindowTest {
    @TempDir
    static Path home;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = TestWindows.open(stage, home);
    }

    @Test
    void openingABuiltInShowsItsTextAndRenderedEquations(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.library().systems().isEmpty());
        robot.clickOn("#open-in-editor");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.EDITOR, model.pageProperty().get());
        CodeArea code = robot.lookup("#editor-text").queryAs(CodeArea.class);
        assertEquals(model.library().selected().orElseThrow().text(), code.getText());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.editor().validatingProperty().get());
        assertEquals(model.library().selectedEquationsTex(), robot.lookup("#editor-equations .formula")
                .queryAllAs(FormulaView.class).stream().map(FormulaView::tex).toList());
    }

    @Test
    void aBrokenEquationIsListedAtItsPlaceAndClickingItMovesTheCaretThere(FxRobot robot) throws Exception {
        robot.clickOn("#tab-editor");
        CodeArea code = robot.lookup("#editor-text").queryAs(CodeArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !code.getText().isEmpty());
        robot.interact(() -> code.replaceText("""
                name: Oscillator
                kind: ode
                variables: [x, p]
                equations:
                  x: p
                  p: -x
                sampling:
                  box: {x: [-1, 1], p: [-1, 1]}
                """));
        // Type the mistake, as a user would: an operator without its operand.
        robot.interact(() -> {
            code.requestFocus();
            code.moveTo(5, 7);
        });
        robot.write(" + * 2");
        assertTrue(code.getText().contains("p: -x + * 2\n"), code::getText);
        ListView<EditorProblem> problems = robot.lookup("#problem-list").queryListView();
        // The first validation starts Symja (seconds on a busy machine).
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> !problems.getItems().isEmpty());
        EditorProblem problem = problems.getItems().get(0);
        assertEquals(6, problem.line(), problem::toString);
        assertEquals(11, problem.column(), problem::toString);
        assertTrue(model.editor().dirtyProperty().get());
        assertTrue(robot.lookup("#simulate-text").queryButton().isDisabled(), "a broken file cannot be simulated");

        // Resting the mouse on the underlined '*' shows the message beside it.
        int star = code.getText().indexOf("* 2");
        javafx.geometry.Bounds bounds = WaitForAsyncUtils.asyncFx(
                () -> code.getCharacterBoundsOnScreen(star, star + 1).orElseThrow()).get(5, TimeUnit.SECONDS);
        robot.moveTo(new javafx.geometry.Point2D(bounds.getCenterX(), bounds.getCenterY()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".problem-popup").tryQuery().isPresent());
        assertTrue(robot.lookup(".problem-popup").queryLabeled().getText().startsWith("6:11  "));

        robot.interact(() -> code.moveTo(0));
        robot.clickOn(".problem-position");
        WaitForAsyncUtils.waitForFxEvents();
        EditorView view = robot.lookup(".editor").queryAs(EditorView.class);
        int[] caret = view.caretLineAndColumn();
        assertEquals(problem.line(), caret[0]);
        assertEquals(problem.column(), caret[1]);
    }
}
