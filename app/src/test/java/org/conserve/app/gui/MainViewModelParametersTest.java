package org.conserve.app.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.conserve.app.gui.editor.ParameterRow;
import org.conserve.app.gui.editor.SymbolicValidator;
import org.conserve.app.gui.library.BuiltInSystems;
import org.conserve.app.gui.simulate.FileSimulations;
import org.conserve.app.gui.simulate.Simulation;
import org.conserve.app.gui.task.CurrentThreadTaskRunner;
import org.conserve.app.gui.task.ManualFrameClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A simulation of the editor's text follows a parameter slider (no toolkit). */
class MainViewModelParametersTest {
    @TempDir
    Path home;

    @Test
    void theSimulationOfTheEditorsTextFollowsAParameterChange() throws Exception {
        MainViewModel model = new MainViewModel(new AppServices(BuiltInSystems.standard(), new SymbolicValidator(),
                new FileSimulations(), new CurrentThreadTaskRunner(), new ManualFrameClock(), System::nanoTime,
                new Failures(home.resolve("log"))));
        model.editor().newFile();
        model.editor().simulate();
        assertEquals(Page.SIMULATE, model.pageProperty().get());
        Simulation before = model.simulation().simulationProperty().get();

        model.pageProperty().set(Page.EDITOR);
        ParameterRow k = model.editor().parameters().rows().get(0);
        assertEquals("k", k.name());
        k.positionProperty().set(1); // k = 10: the oscillator turns faster
        assertTrue(model.editor().textProperty().get().contains("parameters: {k: 10}"));
        Simulation after = model.simulation().simulationProperty().get();
        assertNotSame(before, after);
        assertArrayEquals(before.initialFrame().state(), after.initialFrame().state());
        double[] z0 = after.initialFrame().state();
        double[] z = after.advance(1, () -> false).get(0).state();
        // x' = p, p' = -k x conserves p^2 + k x^2: with k = 10, not with k = 1.
        assertEquals(z0[1] * z0[1] + 10 * z0[0] * z0[0], z[1] * z[1] + 10 * z[0] * z[0], 1e-6);
        assertTrue(Math.abs((z[1] * z[1] + z[0] * z[0]) - (z0[1] * z0[1] + z0[0] * z0[0])) > 1e-2);

        // A simulation of a built-in does not follow the editor.
        model.library().load();
        model.library().select("Kepler problem (planar)");
        model.library().simulateSelected();
        Simulation kepler = model.simulation().simulationProperty().get();
        k.positionProperty().set(0);
        assertSame(kepler, model.simulation().simulationProperty().get());
    }
}
