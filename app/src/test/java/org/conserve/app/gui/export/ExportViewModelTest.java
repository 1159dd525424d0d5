package org.conserve.app.gui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.conserve.app.gui.Failures;
import org.conserve.app.gui.UserMessage;
import org.conserve.app.gui.task.CurrentThreadTaskRunner;
import org.conserve.app.report.DiscoveryReport;
import org.conserve.app.report.Versions;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {
    private static final String OSCILLATOR = """
            name: Harmonic oscillator (1D)
            kind: ode
            variables: [x, p]
            equations:
              x: p
              p: -x
            sampling:
              box: {x: [-2, 2], p: [-2, 2]}
            """;

    @TempDir
    Path home;
    private final List<UserMessage> messages = new ArrayList<>();
    private final List<Optional<Path>> offered = new ArrayList<>();

    private ExportViewModel model(FolderMemory memory) {
        return new ExportViewModel(new CurrentThreadTaskRunner(), memory, new Failures(home.resolve("log")),
                messages::add);
    }

    /** A report without neural or symbolic parts: the export then writes report.json and the images. */
    private static ExportContent content() {
        SystemDefinition definition = SystemFiles.parse("oscillator.yaml", OSCILLATOR);
        DiscoveryReport report = new DiscoveryReport(definition.name(), definition.file(), "ode", 2, 1, "neural",
                OptionalInt.of(1), 7, Versions.current("", ""), Optional.empty(), "not run", Optional.empty(),
                "not run", Optional.empty(), List.of("x", "p"), 0.5);
        return new ExportContent(report, definition);
    }

    private static Map<String, BufferedImage> images() {
        return Map.of(ExportViewModel.LOSSES_IMAGE, new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB),
                ExportViewModel.SPECTRUM_IMAGE, new BufferedImage(20, 10, BufferedImage.TYPE_INT_ARGB));
    }

    private static FolderMemory inMemory() {
        Path[] last = new Path[1];
        return new FolderMemory() {
            @Override
            public Optional<Path> last() {
                return Optional.ofNullable(last[0]);
            }

            @Override
            public void remember(Path folder) {
                last[0] = folder;
            }
        };
    }

    private static Set<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    @Test
    void listsTheSixFilesWhenFormulasWereSearchedAndThreeOtherwise() {
        assertEquals(List.of("report.json", "laws.tex", "report.md", "verify_laws.py", "losses.png",
                "spectrum.png"), ExportViewModel.fileNames(true));
        assertEquals(List.of("report.json", "losses.png", "spectrum.png"), ExportViewModel.fileNames(false));
    }

    @Test
    void writesTheReportAndDecodableImagesAndNamesTheFolder() throws IOException {
        Path folder = home.resolve("out/new");
        ExportViewModel model = model(inMemory());
        model.export(folder, ExportViewModelTest::content, images());
        assertEquals(Set.copyOf(ExportViewModel.fileNames(false)), namesIn(folder));
        BufferedImage losses = ImageIO.read(folder.resolve("losses.png").toFile());
        assertEquals(40, losses.getWidth());
        assertTrue(Files.readString(folder.resolve("report.json")).contains("Harmonic oscillator (1D)"));
        assertEquals(1, messages.size());
        assertEquals(UserMessage.Severity.INFO, messages.get(0).severity());
        assertTrue(messages.get(0).text().contains(folder.toString()), messages.get(0).text());
        assertFalse(model.exportingProperty().get());
    }

    @Test
    void offersTheLastFolderNextTimeAndDoesNothingWhenCancelled() throws IOException {
        ExportViewModel model = model(inMemory());
        Path first = Files.createDirectories(home.resolve("first"));
        model.chooseAndExport(initial -> {
            offered.add(initial);
            return Optional.of(first);
        }, ExportViewModelTest::content, images());
        model.chooseAndExport(initial -> {
            offered.add(initial);
            return Optional.empty();
        }, ExportViewModelTest::content, images());
        assertEquals(List.of(Optional.empty(), Optional.of(first)), offered);
        assertEquals(1, messages.size(), messages::toString);
    }

    @Test
    void aFolderUnderAFileGivesAReadableErrorAndWritesNothing() throws IOException {
        Path file = Files.writeString(home.resolve("notes.txt"), "a file");
        ExportViewModel model = model(inMemory());
        model.export(file.resolve("results"), ExportViewModelTest::content, images());
        model.export(file, ExportViewModelTest::content, images());
        assertEquals(2, messages.size());
        for (UserMessage message : messages) {
            assertEquals(UserMessage.Severity.ERROR, message.severity());
            assertTrue(message.text().startsWith("Could") || message.text().startsWith("Cannot"), message.text());
            assertTrue(message.text().contains("notes.txt"), message.text());
        }
        assertEquals("a file", Files.readString(file));
        assertFalse(model.exportingProperty().get());
    }

    @Test
    void preferencesRememberTheFolderInTheirNodeAndForgetAFolderThatIsGone() throws Exception {
        Preferences node = Preferences.userRoot().node("org/conserve/test/export-" + System.nanoTime());
        try {
            Path folder = Files.createDirectories(home.resolve("kept"));
            FolderMemory.preferences(node).remember(folder);
            assertEquals(Optional.of(folder.toAbsolutePath()), FolderMemory.preferences(node).last());
            Files.delete(folder);
            assertEquals(Optional.empty(), FolderMemory.preferences(node).last());
        } finally {
            removeQuietly(node);
        }
    }

    private static void removeQuietly(Preferences node) throws BackingStoreException {
        node.removeNode();
        node.flush();
    }
}
