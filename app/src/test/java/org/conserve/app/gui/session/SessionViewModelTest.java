package org.conserve.app.gui.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.conserve.app.gui.AppServices;
import org.conserve.app.gui.Failures;
import org.conserve.app.gui.MainViewModel;
import org.conserve.app.gui.Page;
import org.conserve.app.gui.UserMessage;
import org.conserve.app.gui.discover.DiscoverResult;
import org.conserve.app.gui.discover.DiscoverViewModel;
import org.conserve.app.gui.editor.SymbolicValidator;
import org.conserve.app.gui.export.FolderMemory;
import org.conserve.app.gui.laws.LawTable;
import org.conserve.app.gui.library.BuiltInSystems;
import org.conserve.app.gui.simulate.FileSimulations;
import org.conserve.app.gui.task.CurrentThreadTaskRunner;
import org.conserve.app.gui.task.ManualFrameClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save session, Save as, Open session and the last session, on the main window's model (no toolkit). */
class SessionViewModelTest {
    @TempDir
    Path home;

    /** Answers the dialogs with a fixed file and counts how often it was asked. */
    private static final class Answers implements SessionChooser {
        Path file;
        final List<Optional<Path>> askedIn = new ArrayList<>();

        Answers(Path file) {
            this.file = file;
        }

        @Override
        public Optional<Path> chooseToOpen(Optional<Path> folder) {
            askedIn.add(folder);
            return Optional.ofNullable(file);
        }

        @Override
        public Optional<Path> chooseToSave(Optional<Path> folder, String suggestedName) {
            askedIn.add(folder);
            assertEquals("harmonic-oscillator" + SessionCodec.EXTENSION, suggestedName);
            return Optional.ofNullable(file);
        }
    }

    /** Remembers in memory instead of the user's preferences. */
    private static final class Memory implements FolderMemory {
        Path folder;

        @Override
        public Optional<Path> last() {
            return Optional.ofNullable(folder);
        }

        @Override
        public void remember(Path chosen) {
            folder = chosen;
        }
    }

    private final Memory memory = new Memory();

    private MainViewModel window() {
        MainViewModel model = new MainViewModel(new AppServices(BuiltInSystems.standard(), new SymbolicValidator(),
                new FileSimulations(), new CurrentThreadTaskRunner(), new ManualFrameClock(), System::nanoTime,
                new Failures(home.resolve("log"))), new LastSession(home.resolve("last")));
        model.session().useMemory(memory);
        return model;
    }

    /** A window showing the shared real discovery as if its run had just finished. */
    private MainViewModel windowWithResult() {
        MainViewModel model = window();
        SessionResult shown = TrainedSession.result();
        model.discover().showSaved("Harmonic oscillator (1D)", TrainedSession.FILE, TrainedSession.TEXT,
                shown.discovery(), shown.losses(), shown.seconds(), "the test");
        model.discover().samplesProperty().set("200");
        model.discover().seedProperty().set("7");
        model.discover().degreeProperty().set("3");
        return model;
    }

    @Test
    void aSavedSessionReopensInAFreshWindowWithItsResultAndNothingRetrained() throws Exception {
        Path file = home.resolve("oscillator" + SessionCodec.EXTENSION);
        MainViewModel first = windowWithResult();
        Answers dialog = new Answers(file);
        first.session().saveAs(dialog);
        assertTrue(Files.isRegularFile(file));
        assertEquals(file, first.session().fileProperty().get());
        assertEquals(home, memory.folder);
        assertTrue(first.messageProperty().get().text().contains(file.toString()));

        Files.deleteIfExists(new LastSession(home.resolve("last")).file());
        MainViewModel second = window();
        second.session().open(new Answers(file));
        DiscoverViewModel discover = second.discover();
        assertEquals(Page.DISCOVER, second.pageProperty().get());
        assertEquals("Harmonic oscillator (1D)", discover.titleProperty().get());
        assertEquals(TrainedSession.TEXT, discover.systemText());
        assertEquals("200", discover.samplesProperty().get());
        assertEquals("7", discover.seedProperty().get());
        assertEquals("3", discover.degreeProperty().get());
        assertFalse(discover.runningProperty().get());
        DiscoverResult before = TrainedSession.result().discovery();
        DiscoverResult after = discover.resultProperty().get();
        assertEquals(1, after.neural().count());
        assertEquals(LawTable.rows(before), discover.laws());
        assertEquals(first.discover().summaryProperty().get(), discover.summaryProperty().get());
        assertEquals(TrainedSession.result().losses(), discover.losses());
        assertArrayEquals(before.neural().model().parameters(), after.neural().model().parameters());
        assertTrue(discover.stageProperty().get().contains("nothing was retrained"), discover.stageProperty().get());
        assertTrue(discover.exportableProperty().get());
        assertEquals(file, second.session().fileProperty().get());
        // A reopened result is not the new "last session": only a new discovery replaces it.
        assertFalse(new LastSession(home.resolve("last")).exists());
    }

    @Test
    void saveAsksForAFileOnceThenWritesToTheSameOne() throws Exception {
        Path file = home.resolve("s" + SessionCodec.EXTENSION);
        MainViewModel model = windowWithResult();
        Answers dialog = new Answers(file);
        model.session().save(dialog);
        assertEquals(1, dialog.askedIn.size());
        Files.delete(file);
        model.session().save(dialog);
        assertEquals(1, dialog.askedIn.size());
        assertTrue(Files.isRegularFile(file));
        // The next dialog starts in the folder used last.
        model.session().saveAs(dialog);
        assertEquals(Optional.of(home), dialog.askedIn.get(1));
    }

    @Test
    void anotherSystemOnTheDiscoverPageIsANewSession() {
        MainViewModel model = windowWithResult();
        model.session().saveAs(new Answers(home.resolve("a" + SessionCodec.EXTENSION)));
        model.discover().open("Kepler problem (planar)", "kepler.yaml", "name: Kepler");
        assertNull(model.session().fileProperty().get());
    }

    @Test
    void cancellingTheDialogSavesNothing() throws Exception {
        MainViewModel model = windowWithResult();
        model.session().saveAs(new Answers(null));
        try (var files = Files.list(home)) {
            assertTrue(files.noneMatch(path -> path.toString().endsWith(SessionCodec.EXTENSION)));
        }
        assertNull(model.session().fileProperty().get());
    }

    @Test
    void aDamagedSessionIsReportedNamingTheFileAndLeftAsItIs() throws Exception {
        Path file = home.resolve("damaged" + SessionCodec.EXTENSION);
        Files.writeString(file, "{\"format\": \"conserve-session\",\n \"version\": 2,\n \"system\": {\"fi");
        byte[] before = Files.readAllBytes(file);
        MainViewModel model = window();
        model.session().open(new Answers(file));
        UserMessage message = model.messageProperty().get();
        assertEquals(UserMessage.Severity.ERROR, message.severity());
        assertTrue(message.text().contains(file.toString()) && message.text().contains("line 3"), message.text());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertNull(model.discover().resultProperty().get());
        assertEquals(Page.LIBRARY, model.pageProperty().get());
        assertFalse(model.session().busyProperty().get());
    }

    @Test
    void savingWithNothingOpenSaysWhatToDo() {
        MainViewModel model = window();
        Answers dialog = new Answers(home.resolve("x" + SessionCodec.EXTENSION));
        model.session().save(dialog);
        assertTrue(dialog.askedIn.isEmpty());
        assertTrue(model.messageProperty().get().nextStep().contains("Open a system"));
    }

    @Test
    void theLastSessionIsRestoredWithItsResult() throws Exception {
        new LastSession(home.resolve("last")).save(TrainedSession.session());
        MainViewModel model = window();
        model.session().start();
        model.session().restore();
        assertEquals(Page.DISCOVER, model.pageProperty().get());
        assertEquals(1, model.discover().resultProperty().get().neural().count());
        assertEquals(LawTable.rows(TrainedSession.result().discovery()), model.discover().laws());
        assertEquals(TrainedSession.result().losses(), model.discover().losses());
        assertNull(model.session().fileProperty().get());
    }
}
