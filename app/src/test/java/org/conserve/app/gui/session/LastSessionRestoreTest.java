package org.conserve.app.gui.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.conserve.app.gui.AppServices;
import org.conserve.app.gui.Failures;
import org.conserve.app.gui.MainViewModel;
import org.conserve.app.gui.Page;
import org.conserve.app.gui.UserMessage;
import org.conserve.app.gui.editor.SymbolicValidator;
import org.conserve.app.gui.library.BuiltInSystems;
import org.conserve.app.gui.simulate.FileSimulations;
import org.conserve.app.gui.task.CurrentThreadTaskRunner;
import org.conserve.app.gui.task.ManualFrameClock;
import org.conserve.examples.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last session is offered on start and reopened with its settings (no toolkit, no training). */
class LastSessionRestoreTest {
    private static final String TEXT = Catalogue.find("harmonic-oscillator").orElseThrow().text();

    @TempDir
    Path home;

    private MainViewModel model() {
        return new MainViewModel(new AppServices(BuiltInSystems.standard(), new SymbolicValidator(),
                new FileSimulations(), new CurrentThreadTaskRunner(), new ManualFrameClock(), System::nanoTime,
                new Failures(home.resolve("log"))), new LastSession(home));
    }

    @Test
    void theLastSessionIsOfferedAndReopensItsSystemAndSettings() throws Exception {
        ObjectNode report = JsonNodeFactory.instance.objectNode().put("system", "Harmonic oscillator (1D)");
        new LastSession(home).save(new Session("harmonic-oscillator.yaml", TEXT,
                Map.of("samples", "321", "seed", "9"), report, Optional.empty()));
        MainViewModel model = model();
        model.session().start();
        assertNotNull(model.session().restorableProperty().get());

        model.session().restore();
        assertEquals(Page.DISCOVER, model.pageProperty().get());
        assertEquals("Harmonic oscillator (1D)", model.discover().titleProperty().get());
        assertEquals(TEXT, model.discover().systemText());
        assertEquals("321", model.discover().samplesProperty().get());
        assertEquals("9", model.discover().seedProperty().get());
        assertTrue(model.discover().canRunProperty().get());
        assertNull(model.session().restorableProperty().get());
    }

    @Test
    void nothingIsOfferedWithoutALastSession() {
        MainViewModel model = model();
        model.session().start();
        assertNull(model.session().restorableProperty().get());
        assertNull(model.messageProperty().get());
    }

    @Test
    void aDamagedLastSessionIsReportedAndLeftAsItIs() throws Exception {
        Path file = new LastSession(home).file();
        Files.writeString(file, "{\"format\": \"conserve-session\", \"version\": 1, \"system\": {\"fi");
        byte[] before = Files.readAllBytes(file);
        MainViewModel model = model();
        model.session().start();
        assertNull(model.session().restorableProperty().get());
        UserMessage message = model.messageProperty().get();
        assertEquals(UserMessage.Severity.ERROR, message.severity());
        assertTrue(message.text().contains(file.toString()) && message.text().contains("truncated"), message.text());
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
