package org.conserve.app.gui.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Built-in files through the symbolic loader into the engine's simulators. */
class FileSimulationsTest {
    @TempDir
    Path home;

    @Test
    void kdvPlaysAsAFieldWithItsIntegralsConserved() throws Exception {
        Simulation kdv = new FileSimulations().load("kdv.yaml", Catalogue.read("kdv"));
        assertEquals(Display.Type.FIELD, kdv.display().type());
        assertEquals(kdv.coordinates().size() * kdv.grid().length, kdv.initialFrame().state().length);
        List<Frame> frames = kdv.advance(5, () -> false);
        assertEquals(5, frames.size());
        double[] first = kdv.initialFrame().lawValues();
        double[] last = frames.get(4).lawValues();
        for (int i = 0; i < first.length; i++) {
            assertEquals(first[i], last[i], 1e-7 * Math.max(1, Math.abs(first[i])), kdv.laws().get(i));
        }
        assertEquals(5 * kdv.frameInterval(), frames.get(4).time(), 1e-12);
    }

    @Test
    void theFigureEightThreeBodyOrbitShowsThreeBodies() throws Exception {
        Simulation threeBody = new FileSimulations().load("three-body-2d.yaml", Catalogue.read("three-body-2d"));
        assertEquals(Display.Type.BODIES, threeBody.display().type());
        assertEquals(3, threeBody.display().pairs().size());
        List<Frame> frames = threeBody.advance(20, () -> false);
        double energy = threeBody.initialFrame().lawValues()[0];
        assertEquals(energy, frames.get(19).lawValues()[0], 1e-9 * Math.abs(energy));
    }

    @Test
    void pdeLawsAreShownAsIntegralsOfTheirDensities() {
        List<UserMessage> messages = new ArrayList<>();
        SimulationViewModel model = new SimulationViewModel(new CurrentThreadTaskRunner(), new ManualFrameClock(),
                System::nanoTime, new Failures(home.resolve("log")), messages::add);
        model.open("KdV", () -> new FileSimulations().load("kdv.yaml", Catalogue.read("kdv")));
        assertEquals("\\int u \\, dx", model.laws().get(0).tex());
        assertEquals("\\int \\left(u^{3} + \\frac{u_{x}^{2}}{2}\\right) \\, dx", model.laws().get(2).tex());
        assertTrue(messages.isEmpty(), messages::toString);
    }

    @Test
    void anInvalidFileIsASymbolicProblemNotACrash() {
        List<UserMessage> messages = new ArrayList<>();
        SimulationViewModel model = new SimulationViewModel(new CurrentThreadTaskRunner(), new ManualFrameClock(),
                System::nanoTime, new Failures(home.resolve("log")), messages::add);
        model.open("broken", () -> new FileSimulations().load("broken.yaml", "name: x\nkind: ode\n"));
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).text().contains("broken.yaml:"), messages.get(0).text());
    }
}
