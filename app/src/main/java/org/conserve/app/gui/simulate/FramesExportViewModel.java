package org.conserve.app.gui.simulate;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.conserve.app.gui.Failures;
import org.conserve.app.gui.UserMessage;
import org.conserve.app.gui.export.FolderChooser;
import org.conserve.app.gui.export.FolderMemory;
import org.conserve.app.gui.task.FrameClock;
import org.conserve.app.gui.task.TaskHandle;
import org.conserve.app.gui.task.TaskRunner;

/**
 * Exports an animation as numbered PNG frames ({@code frame-0001.png}, ...) evenly spread over the
 * simulated span. A worker simulates the span; the frames are then drawn on the UI thread a few at a time
 * (drawing pauses for the display frame once {@value #FRAME_BUDGET_MILLIS} ms have passed, so the window stays
 * responsive)
 * and encoded and written atomically by a worker while the next ones are drawn. Cancel stops at once;
 * the frames already written stay. The folder is remembered. All methods on the UI thread. Testable
 * without a toolkit.
 */
public final class FramesExportViewModel {
    static final int MAX_FRAMES = 9999;
    static final int MIN_SIZE = 64;
    static final int MAX_WIDTH = 7680;
    static final int MAX_HEIGHT = 4320;
    /** Drawing time per display frame. */
    static final long FRAME_BUDGET_MILLIS = 25;
    /** Drawn images waiting for the writer, at most (each is width x height x 4 bytes). */
    static final int MAX_WAITING = 8;

    private final TaskRunner tasks;
    private final FrameClock clock;
    private final LongSupplier nanoTime;
    private FolderMemory memory;
    private final FrameRenderer renderer;
    private final Failures failures;
    private final Consumer<UserMessage> messages;

    private final StringProperty frames = new SimpleStringProperty(this, "frames", "120");
    private final StringProperty width = new SimpleStringProperty(this, "width", "1280");
    private final StringProperty height = new SimpleStringProperty(this, "height", "720");
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty failed = new SimpleBooleanProperty(this, "failed");
    private Callable<Simulation> source;
    private Export current;

    /** One export in flight; callbacks of an older one compare unequal to {@link #current}. */
    private final class Export {
        final Path target;
        final int pixelsWide;
        final int pixelsHigh;
        TaskHandle work = TaskHandle.NONE;
        FrameClock.Subscription ticking;
        RecordedRun run;
        FrameRenderer.Painter painter;
        final List<BufferedImage> waiting = new ArrayList<>();
        int drawn;
        int written;
        boolean writing;
        boolean cancelled;

        Export(Path target, int pixelsWide, int pixelsHigh) {
            this.target = target;
            this.pixelsWide = pixelsWide;
            this.pixelsHigh = pixelsHigh;
        }
    }

    public FramesExportViewModel(TaskRunner tasks, FrameClock clock, LongSupplier nanoTime, FolderMemory memory,
            FrameRenderer renderer, Failures failures, Consumer<UserMessage> messages) {
        this.tasks = tasks;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.memory = memory;
        this.renderer = renderer;
        this.failures = failures;
        this.messages = messages;
        memory.last().ifPresent(last -> folder.set(last.toString()));
    }

    /** Replaces where the folder is remembered (tests). */
    public void useMemory(FolderMemory replacement) {
        memory = replacement;
    }

    /** What to export: a fresh simulation from the one shown (the export never disturbs the animation). */
    public void setSource(Callable<Simulation> newSource) {
        source = newSource;
    }

    /** Asks for the folder, starting in the one typed or remembered. */
    public void chooseFolder(FolderChooser chooser) {
        Path initial = folderPath();
        chooser.choose(initial != null && Files.isDirectory(initial) ? java.util.Optional.of(initial) : memory.last())
                .ifPresent(chosen -> folder.set(chosen.toString()));
    }

    /** Starts the export, or says in {@link #statusProperty()} what to correct. */
    public void export() {
        if (running.get()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        int count = whole("Frames", frames.get(), 2, MAX_FRAMES, problems);
        int pixelsWide = whole("Width", width.get(), MIN_SIZE, MAX_WIDTH, problems);
        int pixelsHigh = whole("Height", height.get(), MIN_SIZE, MAX_HEIGHT, problems);
        String folderProblem = folderProblem();
        if (folderProblem != null) {
            problems.add(folderProblem);
        }
        if (source == null) {
            problems.add("Nothing to export: simulate a system first.");
        }
        if (!problems.isEmpty()) {
            fail(problems.get(0));
            return;
        }
        Path target = folderPath();
        memory.remember(target);
        Export export = new Export(target, pixelsWide, pixelsHigh);
        current = export;
        running.set(true);
        failed.set(false);
        progress.set(-1);
        status.set("Simulating the span…");
        Callable<Simulation> simulation = source;
        export.work = tasks.run("simulate for frames", context -> RecordedRun.record(simulation.call(), count, context),
                run -> {
                    if (export == current && run != null) {
                        draw(export, run);
                    }
                }, failure -> failed(export, failure));
    }

    /** Stops the export; frames already written stay. */
    public void cancel() {
        Export export = current;
        if (export == null) {
            return;
        }
        export.cancelled = true;
        end(export);
        status.set(stopped(export));
    }

    private static String stopped(Export export) {
        return "Stopped: " + export.written + " of " + total(export) + " frames written to " + export.target + ".";
    }

    private void draw(Export export, RecordedRun run) {
        export.run = run;
        export.painter = renderer.start(run.simulation(), export.pixelsWide, export.pixelsHigh);
        progress.set(0);
        status.set("Drawing and writing " + run.count() + " frames…");
        export.ticking = clock.onEachFrame(() -> tick(export));
        tick(export);
    }

    /** One display frame: draw what the budget allows, hand the drawn images to the writer. */
    private void tick(Export export) {
        if (export != current) {
            return;
        }
        long start = nanoTime.getAsLong();
        RecordedRun run = export.run;
        // Re-checks current: a painter may take long enough for a Cancel to come in between (tests).
        while (export == current && export.drawn < run.count() && export.waiting.size() < MAX_WAITING
                && nanoTime.getAsLong() - start < FRAME_BUDGET_MILLIS * 1_000_000) {
            int k = export.drawn;
            export.waiting.add(export.painter.paint(run.trail(k), run.now(k)));
            export.drawn++;
        }
        if (export == current && !export.writing && !export.waiting.isEmpty()) {
            write(export);
        }
    }

    private void write(Export export) {
        List<BufferedImage> batch = List.copyOf(export.waiting);
        int first = export.drawn - batch.size();
        export.waiting.clear();
        export.writing = true;
        export.work = tasks.run("write frames", context -> {
            int done = 0;
            for (BufferedImage image : batch) {
                if (context.isCancelled()) {
                    break;
                }
                PngFrames.write(export.target, first + done, image);
                done++;
            }
            return done;
        }, done -> {
            export.writing = false;
            export.written += done;
            if (export != current) {
                if (export.cancelled) {
                    status.set(stopped(export)); // the batch that was being written when Cancel came
                }
                return;
            }
            progress.set((double) export.written / total(export));
            status.set(export.written + " of " + total(export) + " frames written");
            if (export.written == total(export)) {
                end(export);
                status.set("Wrote " + PngFrames.name(0) + " to " + PngFrames.name(export.written - 1) + " ("
                        + export.pixelsWide + " x " + export.pixelsHigh + ") to " + export.target + ".");
                messages.accept(UserMessage.info("Exported " + export.written + " animation frames to "
                        + export.target + "."));
            } else {
                tick(export);
            }
        }, failure -> {
            export.writing = false;
            failed(export, failure);
        });
    }

    private void failed(Export export, Throwable failure) {
        if (export != current) {
            return;
        }
        end(export);
        if (failure instanceof FramesExportException wrong) {
            fail(wrong.getMessage());
        } else if (failure instanceof AccessDeniedException) {
            fail("Cannot write into " + export.target + ": permission denied. Choose a folder you can write to.");
        } else if (failure instanceof IOException io) {
            fail("Writing the frames into " + export.target + " failed (" + io.getMessage() + "); "
                    + export.written + " were written. Check the disk and the folder, then try again.");
            failures.log(failure);
        } else {
            fail("The frames could not be made: see the message above.");
            messages.accept(failures.describe("export animation frames", failure));
        }
    }

    private void end(Export export) {
        export.work.cancel();
        if (export.ticking != null) {
            export.ticking.close();
        }
        export.waiting.clear();
        current = null;
        running.set(false);
    }

    private static int total(Export export) {
        return export.run == null ? 0 : export.run.count();
    }

    private void fail(String problem) {
        failed.set(true);
        status.set(problem);
    }

    private Path folderPath() {
        try {
            String typed = folder.get().strip();
            return typed.isEmpty() ? null : Path.of(typed).toAbsolutePath();
        } catch (InvalidPathException notAPath) {
            return null;
        }
    }

    private String folderProblem() {
        String typed = folder.get().strip();
        if (typed.isEmpty()) {
            return "Choose a folder for the frames.";
        }
        Path path = folderPath();
        if (path == null) {
            return "\"" + typed + "\" is not a folder name.";
        }
        if (!Files.exists(path)) {
            return "The folder " + path + " does not exist. Create it, or choose another.";
        }
        if (!Files.isDirectory(path)) {
            return path + " is a file, not a folder. Choose a folder.";
        }
        if (!Files.isWritable(path)) {
            return "Cannot write into " + path + ": permission denied. Choose a folder you can write to.";
        }
        return null;
    }

    private static int whole(String name, String text, int min, int max, List<String> problems) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // named below
        }
        problems.add(String.format(Locale.ROOT, "%s: give a whole number from %d to %d, not \"%s\".", name, min, max,
                text.strip()));
        return 0;
    }

    public StringProperty framesProperty() {
        return frames;
    }

    public StringProperty widthProperty() {
        return width;
    }

    public StringProperty heightProperty() {
        return height;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** Frames written over frames asked for, in [0, 1]; -1 while the span is simulated. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** What happens, what was written, or what to correct. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** True when {@link #statusProperty()} names a problem. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }
}
