package org.conserve.app.gui.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.conserve.app.gui.Failures;
import org.conserve.app.gui.UserMessage;
import org.conserve.app.gui.task.CurrentThreadTaskRunner;
import org.conserve.app.gui.task.ManualFrameClock;
import org.conserve.examples.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start state typed in fields or picked on the plot (no toolkit). */
class StartViewModelTest {
    @TempDir
    Path home;
    private final List<UserMessage> messages = new ArrayList<>();

    private SimulationViewModel simulating(String id) {
        String text = Catalogue.find(id).orElseThrow().text();
        return simulatingText(id + ".yaml", text);
    }

    private SimulationViewModel simulatingText(String file, String text) {
        SimulationViewModel model = new SimulationViewModel(new CurrentThreadTaskRunner(), new ManualFrameClock(),
                System::nanoTime, new Failures(home.resolve("log")), messages::add);
        model.open(file, () -> new FileSimulations().load(file, text));
        return model;
    }

    private static double[] start(SimulationViewModel model) {
        return model.simulationProperty().get().initialFrame().state();
    }

    private static List<String> typed(StartViewModel start) {
        return start.fields().stream().map(field -> field.textProperty().get()).toList();
    }

    @Test
    void theFieldsShowTheStartOfTheShownSystem() {
        SimulationViewModel model = simulating("kepler-2d");
        StartViewModel start = model.start();
        assertTrue(start.availableProperty().get());
        assertEquals(List.of("x", "y", "px", "py"), start.fields().stream().map(StartField::name).toList());
        assertEquals(List.of("1", "0", "0", "0.7"), typed(start));
    }

    @Test
    void aTypedStartRestartsTheAnimationFromThere() {
        SimulationViewModel model = simulating("kepler-2d");
        StartViewModel start = model.start();
        start.fields().get(0).textProperty().set("1.5");
        start.fields().get(3).textProperty().set(" -0.4 ");
        assertTrue(start.apply());
        assertArrayEquals(new double[] {1.5, 0, 0, -0.4}, start(model));
        assertEquals(0, model.frameProperty().get().time());
        assertTrue(model.playingProperty().get());
        assertEquals(List.of("1.5", "0", "0", "-0.4"), typed(start));
        assertEquals("", start.problemProperty().get());
        // Restart starts over from the chosen start, not from the file's.
        model.restart();
        assertArrayEquals(new double[] {1.5, 0, 0, -0.4}, start(model));
    }

    @Test
    void aTypedTimeStepChangesTheFramesOverTheSameDuration() {
        SimulationViewModel model = simulating("kepler-2d");
        StartViewModel start = model.start();
        // kepler-2d.yaml: t 20 in 800 steps
        assertEquals("0.025", start.timeStepProperty().get());
        start.timeStepProperty().set("0.1");
        assertTrue(start.apply());
        Simulation now = model.simulationProperty().get();
        assertEquals(0.1, now.frameInterval(), 1e-15);
        assertEquals(20, now.suggestedDuration(), 0);
        assertArrayEquals(new double[] {1, 0, 0, 0.7}, start(model));
        // 0.3 does not divide 20: the nearest step that does (20 / 67)
        start.timeStepProperty().set("0.3");
        assertTrue(start.apply());
        assertEquals(20.0 / 67, model.simulationProperty().get().frameInterval(), 1e-15);
        assertEquals(StartViewModel.format(20.0 / 67), start.timeStepProperty().get());
    }

    @Test
    void aTimeStepThatIsNotAPositiveNumberUpToTheDurationIsRefused() {
        SimulationViewModel model = simulating("kepler-2d");
        Simulation before = model.simulationProperty().get();
        StartViewModel start = model.start();
        for (String wrong : List.of("0", "-0.1", "abc", "25", "1e-9")) {
            start.timeStepProperty().set(wrong);
            assertFalse(start.apply(), wrong);
            assertEquals("Cannot use that time step: \u0394t must be a number from 0.0002 to the duration 20, got '"
                    + wrong + "'.", start.problemProperty().get());
            assertSame(before, model.simulationProperty().get());
        }
    }

    @Test
    void aTypingMistakeIsNamedByItsVariableAndChangesNothing() {
        SimulationViewModel model = simulating("kepler-2d");
        Simulation before = model.simulationProperty().get();
        StartViewModel start = model.start();
        start.fields().get(2).textProperty().set("0,3");
        assertFalse(start.apply());
        assertEquals("px must be a number such as 0.5 or -1e-2, got '0,3'",
                start.fields().get(2).problemProperty().get());
        assertEquals("Cannot start there: px must be a number such as 0.5 or -1e-2, got '0,3'.",
                start.problemProperty().get());
        assertSame(before, model.simulationProperty().get());
        start.fields().get(2).textProperty().set("Infinity");
        assertFalse(start.apply());
        assertTrue(start.fields().get(2).problemProperty().get().contains("finite"));
    }

    @Test
    void aPickSetsThePlottedPairAndKeepsTheOthers() {
        SimulationViewModel model = simulating("kepler-2d");
        StartViewModel start = model.start();
        Simulation before = model.simulationProperty().get();
        assertTrue(start.pick(0, 1, -0.8, 1.1));
        assertArrayEquals(new double[] {-0.8, 1.1, 0, 0.7}, start(model));
        assertArrayEquals(new double[] {1, 0, 0, 0.7}, before.initialFrame().state(), "the old start is kept");
        assertEquals(List.of("-0.8", "1.1", "0", "0.7"), typed(start));
    }

    @Test
    void aStartOutsideTheWhereConditionIsRefusedWithTheCondition() {
        SimulationViewModel model = simulating("kepler-2d");
        Simulation before = model.simulationProperty().get();
        StartViewModel start = model.start();
        assertFalse(start.pick(0, 1, 0.1, 0.2));
        assertEquals("Cannot start at (x = 0.1, y = 0.2, px = 0, py = 0.7): it is outside the system's region"
                + " (where: x^2 + y^2 > 1/4).", start.problemProperty().get());
        assertSame(before, model.simulationProperty().get());
        assertTrue(messages.isEmpty());
    }

    @Test
    void aStartWhereTheEquationsAreNotFiniteIsRefused() {
        SimulationViewModel model = simulatingText("singular.yaml", """
                name: Singular
                kind: ode
                variables: [x, p]
                equations: {x: p, p: -1/x}
                sampling:
                  box: {x: [0.5, 2], p: [-1, 1]}
                simulation:
                  initial: {x: 1, p: 0}
                """);
        StartViewModel start = model.start();
        start.fields().get(0).textProperty().set("0");
        assertFalse(start.apply());
        assertTrue(start.problemProperty().get().endsWith("the equations are not finite there (dp/dt = -Infinity)."),
                start.problemProperty().get());
    }

    @Test
    void aPdeOffersNoStartFields() {
        SimulationViewModel model = simulating("kdv");
        assertFalse(model.start().availableProperty().get());
        assertTrue(model.start().fields().isEmpty());
        assertFalse(model.start().pick(0, 1, 0, 0));
    }
}
