package org.conserve.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.conserve.app.gui.editor.SymbolicValidator;
import org.conserve.app.gui.library.BuiltInSystems;
import org.conserve.app.gui.simulate.FileSimulations;
import org.conserve.app.gui.task.CurrentThreadTaskRunner;
import org.conserve.app.gui.task.ManualFrameClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Discover page is reached from the library and from the editor (no toolkit, no training). */
class MainViewModelDiscoverTest {
    @TempDir
    Path home;

    private MainViewModel model() {
        return new MainViewModel(new AppServices(BuiltInSystems.standard(), new SymbolicValidator(),
                new FileSimulations(), new CurrentThreadTaskRunner(), new ManualFrameClock(), System::nanoTime,
                new Failures(home.resolve("log"))));
    }

    @Test
    void discoverInTheLibraryOpensTheDiscoverPageForTheSelectedSystem() {
        MainViewModel model = model();
        model.library().load();
        model.library().select("Kepler problem (planar)");
        model.library().discoverSelected();
        assertEquals(Page.DISCOVER, model.pageProperty().get());
        assertEquals("Kepler problem (planar)", model.discover().titleProperty().get());
        assertTrue(model.discover().canRunProperty().get());
    }

    @Test
    void discoverInTheEditorUsesTheTextAsWritten() {
        MainViewModel model = model();
        model.library().load();
        model.library().select("Harmonic oscillator (1D)");
        model.library().openSelected();
        assertEquals(Page.EDITOR, model.pageProperty().get());
        model.editor().discover();
        assertEquals(Page.DISCOVER, model.pageProperty().get());
        assertEquals("harmonic-oscillator.yaml", model.discover().titleProperty().get());
        assertTrue(model.discover().canRunProperty().get());
    }
}
