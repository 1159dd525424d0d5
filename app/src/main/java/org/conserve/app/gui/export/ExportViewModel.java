package org.conserve.app.gui.export;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.conserve.app.gui.Failures;
import org.conserve.app.gui.UserMessage;
import org.conserve.app.gui.task.TaskRunner;

/**
 * Export of a finished discovery: asks for a folder (starting in the one used last, which it remembers),
 * then writes the report files and chart images there on a worker thread and says where they went.
 * All methods on the UI thread. Testable without a toolkit.
 */
public final class ExportViewModel {
    /** The chart images, in the order they are written. */
    public static final String LOSSES_IMAGE = "losses.png";
    public static final String SPECTRUM_IMAGE = "spectrum.png";

    private final TaskRunner tasks;
    private final Failures failures;
    private final Consumer<UserMessage> messages;
    private final BooleanProperty exporting = new SimpleBooleanProperty(this, "exporting");
    private FolderMemory memory;
    private FolderChooser chooser;

    public ExportViewModel(TaskRunner tasks, FolderMemory memory, Failures failures, Consumer<UserMessage> messages) {
        this.tasks = tasks;
        this.memory = memory;
        this.failures = failures;
        this.messages = messages;
    }

    /** The files an export writes: the report, the symbolic files when formulas were searched, the images. */
    public static List<String> fileNames(boolean formulasSearched) {
        List<String> names = new ArrayList<>(List.of("report.json"));
        if (formulasSearched) {
            names.addAll(List.of("laws.tex", "report.md", "verify_laws.py"));
        }
        names.addAll(List.of(LOSSES_IMAGE, SPECTRUM_IMAGE));
        return names;
    }

    /** Replaces the folder dialog (tests, or a dialog other than the view's). */
    public void useChooser(FolderChooser replacement) {
        chooser = replacement;
    }

    /** Replaces where the last folder is remembered. */
    public void useMemory(FolderMemory replacement) {
        memory = replacement;
    }

    /**
     * Asks for a folder ({@code dialog} unless {@link #useChooser} gave another), remembers it and exports
     * there; nothing happens when the user cancels.
     */
    public void chooseAndExport(FolderChooser dialog, ExportContent.Source source, Map<String, BufferedImage> images) {
        if (exporting.get()) {
            return;
        }
        Optional<Path> folder = (chooser != null ? chooser : dialog).choose(memory.last());
        folder.ifPresent(chosen -> {
            memory.remember(chosen);
            export(chosen, source, images);
        });
    }

    /** Writes the files into {@code folder} on a worker thread; a message says where, or what went wrong. */
    public void export(Path folder, ExportContent.Source source, Map<String, BufferedImage> images) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            messages.accept(UserMessage.error("Cannot export to " + folder + ": it is a file, not a folder.",
                    "Choose a folder."));
            return;
        }
        exporting.set(true);
        tasks.run("export to " + folder, new ExportWork(folder, source, images), written -> {
            exporting.set(false);
            messages.accept(UserMessage.info("Exported " + written.size() + " files to " + folder + "."));
        }, failure -> {
            exporting.set(false);
            messages.accept(failures.describe("export to " + folder, failure));
        });
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting;
    }
}
