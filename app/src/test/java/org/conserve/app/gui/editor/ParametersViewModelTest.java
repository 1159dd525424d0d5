package org.conserve.app.gui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.conserve.app.gui.Failures;
import org.conserve.app.gui.UserMessage;
import org.conserve.app.gui.task.CurrentThreadTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's parameter fields and sliders rewrite just their value in the text; no toolkit. */
class ParametersViewModelTest {
    private static final String BLOCK = """
            name: Pendulum   # a comment that must survive
            kind: ode
            parameters:
              g: 9.81     # gravity
              L: "2"
              r: 8/3
            variables: [q, p]
            equations:
              q: p / L
              p: -g*Sin(q)*r
            sampling:
              box: {q: [-1, 1], p: [-1, 1]}
            """;

    @TempDir
    Path folder;

    private static ParameterRow row(ParametersViewModel model, String name) {
        return model.rows().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void listsTheParametersOfBlockAndFlowMappingsWithTheirValuesAsWritten() {
        ParametersViewModel model = new ParametersViewModel(new SimpleStringProperty(BLOCK));
        assertEquals(List.of("g", "L", "r"), model.rows().stream().map(ParameterRow::name).toList());
        assertEquals("9.81", row(model, "g").fieldProperty().get());
        assertEquals("2", row(model, "L").fieldProperty().get());
        assertEquals("8/3", row(model, "r").fieldProperty().get());
        assertEquals(8.0 / 3, row(model, "r").value().getAsDouble());
        assertEquals(9.81, row(model, "g").sliderValue(), 1e-12);

        ParametersViewModel flow = new ParametersViewModel(new SimpleStringProperty(EditorViewModel.NEW_FILE_TEXT));
        assertEquals("1", row(flow, "k").fieldProperty().get());
        ParametersViewModel none = new ParametersViewModel(new SimpleStringProperty("name: X\nkind: ode\n"));
        assertTrue(none.rows().isEmpty());
        assertEquals("This file declares no parameters.", none.noteProperty().get());
    }

    @Test
    void aTypedValueReplacesOnlyThatValueInTheText() {
        StringProperty text = new SimpleStringProperty(BLOCK);
        ParametersViewModel model = new ParametersViewModel(text);
        ParameterRow g = row(model, "g");
        g.fieldProperty().set("1.62");
        assertEquals(BLOCK.replace("g: 9.81 ", "g: 1.62 "), text.get());
        // A quoted value is replaced with its quotes; a fraction may be typed.
        row(model, "L").fieldProperty().set("3/2");
        assertEquals(BLOCK.replace("g: 9.81 ", "g: 1.62 ").replace("L: \"2\"", "L: 3/2"), text.get());
        assertSame(g, row(model, "g"), "the rows stay while the names do");
        assertEquals(1.62, g.sliderValue(), 1e-12);
    }

    @Test
    void theSliderSpansAnOrderOfMagnitudeEitherSideAndWritesThreeDigits() {
        StringProperty text = new SimpleStringProperty(BLOCK);
        ParametersViewModel model = new ParametersViewModel(text);
        ParameterRow g = row(model, "g");
        assertEquals(0, g.positionProperty().get(), 1e-12);
        g.positionProperty().set(1);
        assertEquals("98.1", g.fieldProperty().get());
        assertTrue(text.get().contains("  g: 98.1     # gravity\n"), text.get());
        g.positionProperty().set(-1);
        assertEquals("0.981", g.fieldProperty().get());
        g.positionProperty().set(0.5);
        assertEquals(ParameterValue.format(9.81 * Math.sqrt(10)), g.fieldProperty().get());
        assertEquals("31", ParameterValue.format(9.81 * Math.sqrt(10)));
        // A value typed outside the range centres the slider on it.
        g.fieldProperty().set("-5");
        assertEquals(0, g.positionProperty().get(), 1e-12);
        assertEquals(-5, g.sliderValue(), 1e-12);
    }

    @Test
    void anInvalidValueIsNamedAndNotWritten() {
        StringProperty text = new SimpleStringProperty(BLOCK);
        ParametersViewModel model = new ParametersViewModel(text);
        ParameterRow g = row(model, "g");
        g.fieldProperty().set("9.8.1");
        assertEquals(BLOCK, text.get());
        assertEquals("g must be a number (such as 2, -0.5 or 1e-3) or a fraction (such as 8/3), got '9.8.1'",
                g.problemProperty().get());
        g.fieldProperty().set("1/0");
        assertEquals(BLOCK, text.get());
        g.fieldProperty().set("9.8");
        assertEquals("", g.problemProperty().get());
        assertTrue(text.get().contains("g: 9.8 "));
    }

    @Test
    void textTypedElsewhereUpdatesTheRowsAndBrokenYamlPausesThem() {
        StringProperty text = new SimpleStringProperty(BLOCK);
        ParametersViewModel model = new ParametersViewModel(text);
        ParameterRow g = row(model, "g");
        text.set(BLOCK.replace("9.81", "20"));
        assertSame(g, row(model, "g"));
        assertEquals("20", g.fieldProperty().get());
        assertEquals(20, g.sliderValue(), 1e-9);

        String broken = BLOCK.replace("variables: [q, p]", "variables: [q, p");
        text.set(broken);
        assertFalse(g.editableProperty().get());
        assertTrue(model.noteProperty().get().contains("once the file reads as YAML"));
        g.fieldProperty().set("3");
        assertEquals(broken, text.get());

        text.set(BLOCK.replace("r: 8/3", "s: 8/3").replace("*r", "*s"));
        assertEquals(List.of("g", "L", "s"), model.rows().stream().map(ParameterRow::name).toList());
        assertTrue(model.rows().get(0).editableProperty().get());
    }

    @Test
    void theEditorsLiveValidationFollowsASliderOrField() {
        List<UserMessage> messages = new ArrayList<>();
        EditorViewModel editor = new EditorViewModel(new CurrentThreadTaskRunner(), new SymbolicValidator(),
                new SystemFileStore(), new Failures(folder.resolve("log")), messages::add);
        editor.textProperty().set(EditorViewModel.NEW_FILE_TEXT.replace("box: {x: [-2, 2], p: [-2, 2]}",
                "box: {x: [-2, 2], p: [-2, 2]}\n  where: x^2 + p^2 > k"));
        assertEquals(List.of(), editor.problems());
        ParameterRow k = row(editor.parameters(), "k");
        k.positionProperty().set(1); // k = 10: x^2 + p^2 reaches only 8 in the box
        assertEquals("10", k.fieldProperty().get());
        assertEquals(1, editor.problems().size());
        assertTrue(editor.problems().get(0).message().contains("where"), editor.problems().get(0).message());
        k.positionProperty().set(-1);
        assertEquals("0.1", k.fieldProperty().get());
        assertEquals(List.of(), editor.problems());
        assertTrue(editor.dirtyProperty().get());
        assertTrue(messages.isEmpty());
    }
}
