package org.conserve.app.gui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.conserve.app.gui.Failures;
import org.conserve.app.gui.UserMessage;
import org.conserve.app.gui.task.CurrentThreadTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryViewModelTest {
    @TempDir
    Path home;
    private final List<UserMessage> messages = new ArrayList<>();

    private LibraryViewModel model(SystemSource source) {
        return new LibraryViewModel(source, new CurrentThreadTaskRunner(), new Failures(home.resolve("log")),
                messages::add);
    }

    private static SystemSummary system(String name, String kind) throws IOException {
        return SystemSummaries.read(name + ".yaml", "name: " + name + "\nkind: " + kind
                + "\nnotes: Look at **this**.\nvariables: [x, p]\nequations: {x: p, p: -x}\n"
                + "expected: {laws: [\"x^2 + p^2\"]}\n");
    }

    @Test
    void groupsSystemsByKindAndSelectsTheFirst() throws IOException {
        LibraryViewModel model = model(() -> new SystemSource.Loaded(
                List.of(system("Oscillator", "ode"), system("KdV", "pde"), system("Kepler", "ode")), List.of()));
        model.load();
        assertFalse(model.loadingProperty().get());
        assertEquals(List.of("Oscillator", "Kepler"),
                model.systemsOfKind(SystemKind.ODE).stream().map(SystemSummary::name).toList());
        assertEquals(List.of("KdV"), model.systemsOfKind(SystemKind.PDE).stream().map(SystemSummary::name).toList());
        assertEquals("Oscillator", model.selected().orElseThrow().name());
        assertEquals("3 built-in systems: 2 ODE, 1 PDE", model.statusProperty().get());
        assertTrue(messages.isEmpty());
    }

    @Test
    void selectionGivesEquationsLawsAndNotesToShow() throws IOException {
        LibraryViewModel model = model(() -> new SystemSource.Loaded(List.of(system("Oscillator", "ode")), List.of()));
        model.load();
        assertEquals(List.of("\\dot{x} = p", "\\dot{p} = -x"), model.selectedEquationsTex());
        assertEquals(List.of("x^{2} + p^{2}"), model.selectedLawsTex());
        assertEquals("Look at this.", model.selectedNotes().get(0).plainText());
    }

    @Test
    void openAndSimulateHandTheSelectionToTheirHandlers() throws IOException {
        LibraryViewModel model = model(() -> new SystemSource.Loaded(
                List.of(system("A", "ode"), system("B", "ode")), List.of()));
        List<String> opened = new ArrayList<>();
        model.setOpenHandler(system -> opened.add("open " + system.name()));
        model.setSimulateHandler(system -> opened.add("simulate " + system.name()));
        model.load();
        assertTrue(model.select("B"));
        model.openSelected();
        model.simulateSelected();
        assertFalse(model.select("missing"));
        assertEquals(List.of("open B", "simulate B"), opened);
    }

    @Test
    void aFailedLoadIsAMessageNamingTheLogAndNotAStuckSpinner() {
        LibraryViewModel model = model(() -> {
            throw new IllegalStateException("class path broken");
        });
        model.load();
        assertFalse(model.loadingProperty().get());
        assertEquals(1, messages.size());
        assertEquals(UserMessage.Severity.ERROR, messages.get(0).severity());
        assertTrue(messages.get(0).nextStep().contains(home.resolve("log").toString()));
        assertTrue(home.resolve("log").toFile().length() > 0, "details go to the log");
    }

    @Test
    void unreadableBuiltInsAreReportedAndTheRestListed() throws IOException {
        LibraryViewModel model = model(() -> new SystemSource.Loaded(List.of(system("A", "ode")),
                List.of("broken.yaml: not YAML")));
        model.load();
        assertEquals(1, model.systems().size());
        assertEquals(UserMessage.Severity.WARNING, messages.get(0).severity());
        assertTrue(messages.get(0).text().contains("broken.yaml"));
    }

    @Test
    void builtInsComeInTheCataloguesTeachingOrderOdesFirst() {
        SystemSource.Loaded loaded = BuiltInSystems.standard().load();
        assertEquals(List.of(), loaded.unreadable());
        assertEquals(org.conserve.examples.Catalogue.list().stream().map(b -> b.fileName()).toList(),
                loaded.systems().stream().map(SystemSummary::id).toList());
        int firstPde = loaded.systems().stream().map(SystemSummary::kind).toList().indexOf(SystemKind.PDE);
        assertTrue(loaded.systems().subList(firstPde, loaded.systems().size()).stream()
                .allMatch(s -> s.kind() == SystemKind.PDE));
    }
}
