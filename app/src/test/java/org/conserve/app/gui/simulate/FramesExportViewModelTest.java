package org.conserve.app.gui.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.conserve.app.gui.Failures;
import org.conserve.app.gui.UserMessage;
import org.conserve.app.gui.export.FolderMemory;
import org.conserve.app.gui.task.CurrentThreadTaskRunner;
import org.conserve.app.gui.task.ManualFrameClock;
import org.conserve.engine.simulation.OdeSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PNG frame export on the oscillator (t = 20 in 400 intervals), drawn by a stand-in renderer. */
class FramesExportViewModelTest {
    @TempDir
    Path folder;
    private final List<UserMessage> messages = new ArrayList<>();
    private final ManualFrameClock clock = new ManualFrameClock();
    private final List<Double> paintedTimes = new ArrayList<>();
    private final List<Integer> trailLengths = new ArrayList<>();
    private Path remembered;
    private Runnable onPaint = () -> { };

    private final FolderMemory memory = new FolderMemory() {
        @Override
        public Optional<Path> last() {
            return Optional.ofNullable(remembered);
        }

        @Override
        public void remember(Path chosen) {
            remembered = chosen;
        }
    };

    /** Draws the frame's x coordinate as the grey level of a plain image, and records what it was asked. */
    private final FrameRenderer renderer = (simulation, width, height) -> (trail, now) -> {
        paintedTimes.add(now.time());
        trailLengths.add(trail.size());
        assertEquals(now, trail.get(trail.size() - 1), "the trail ends at the frame drawn");
        onPaint.run();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int grey = (int) Math.round(127.5 * (1 + now.state()[0]));
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(grey, grey, grey));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    };

    private FramesExportViewModel model() {
        FramesExportViewModel model = new FramesExportViewModel(new CurrentThreadTaskRunner(), clock, () -> 0L, memory,
                renderer, new Failures(folder.resolve("log")), messages::add);
        model.setSource(() -> new OdeSimulation(TestSystems.oscillator(), new double[] {1, 0}, 20, 400,
                new OdeSimulator()));
        return model;
    }

    private static List<String> files(Path in) throws IOException {
        try (Stream<Path> listed = Files.list(in)) {
            return listed.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEvenlySpacedNumberedPngFramesOfTheChosenSize() throws IOException {
        Path out = Files.createDirectory(folder.resolve("frames"));
        FramesExportViewModel model = model();
        model.framesProperty().set("5");
        model.widthProperty().set("96");
        model.heightProperty().set("64");
        model.folderProperty().set(out.toString());
        model.export();
        for (int i = 0; i < 10 && model.runningProperty().get(); i++) {
            clock.tick();
        }
        assertFalse(model.runningProperty().get(), model.statusProperty().get());
        assertFalse(model.failedProperty().get(), model.statusProperty().get());
        assertEquals(List.of("frame-0001.png", "frame-0002.png", "frame-0003.png", "frame-0004.png", "frame-0005.png"),
                files(out), "numbered frames and no temporary files");
        for (int k = 0; k < 5; k++) {
            assertEquals(5.0 * k, paintedTimes.get(k), 1e-9, "frame " + k);
            BufferedImage read = ImageIO.read(out.resolve(PngFrames.name(k)).toFile());
            assertNotNull(read, "a PNG");
            assertEquals(96, read.getWidth());
            assertEquals(64, read.getHeight());
            // The oscillator's x(t) = cos t, drawn as grey: the file holds the frame of its time.
            int expected = (int) Math.round(127.5 * (1 + Math.cos(5.0 * k)));
            assertEquals(expected, read.getRGB(10, 10) & 0xff, 2, "frame " + k);
        }
        assertEquals(List.of(1, 101, 201, 301, SimulationViewModel.TRAIL_FRAMES), trailLengths, "the animation's trail");
        assertEquals(1.0, model.progressProperty().get());
        assertTrue(model.statusProperty().get().contains("frame-0005.png"), model.statusProperty().get());
        assertEquals(out.toAbsolutePath(), remembered);
        assertEquals(1, messages.size());
        assertEquals(0, clock.listenerCount(), "the export stops listening to frames");
    }

    @Test
    void namesAMissingFolderAFileAndBadNumbersWithoutStarting() throws IOException {
        FramesExportViewModel model = model();
        model.folderProperty().set(folder.resolve("missing").toString());
        model.export();
        assertTrue(model.failedProperty().get());
        assertEquals("The folder " + folder.resolve("missing").toAbsolutePath() + " does not exist. Create it, or"
                + " choose another.", model.statusProperty().get());

        Path file = Files.writeString(folder.resolve("notes.txt"), "x");
        model.folderProperty().set(file.toString());
        model.export();
        assertTrue(model.statusProperty().get().endsWith("is a file, not a folder. Choose a folder."));

        model.folderProperty().set(folder.toString());
        model.framesProperty().set("lots");
        model.export();
        assertEquals("Frames: give a whole number from 2 to 9999, not \"lots\".", model.statusProperty().get());
        model.framesProperty().set("5");
        model.widthProperty().set("10");
        model.export();
        assertEquals("Width: give a whole number from 64 to 7680, not \"10\".", model.statusProperty().get());

        model.widthProperty().set("64");
        model.framesProperty().set("402");
        model.export();
        assertTrue(model.statusProperty().get().startsWith("Frames: at most 401 for Harmonic oscillator"),
                model.statusProperty().get());
        assertFalse(model.runningProperty().get());
        assertTrue(paintedTimes.isEmpty());
        assertEquals(List.of("notes.txt"), files(folder).stream().filter(name -> !name.equals("log")).toList());
        assertTrue(messages.isEmpty(), messages.toString());
    }

    @Test
    void cancelStopsDrawingAndKeepsTheFramesWritten() throws IOException {
        FramesExportViewModel model = model();
        model.framesProperty().set("40");
        model.widthProperty().set("64");
        model.heightProperty().set("64");
        model.folderProperty().set(folder.toString());
        onPaint = () -> {
            if (paintedTimes.size() == FramesExportViewModel.MAX_WAITING + 3) {
                model.cancel();
            }
        };
        model.export();
        clock.tick();
        assertFalse(model.runningProperty().get());
        int written = FramesExportViewModel.MAX_WAITING; // the first batch; the second was being drawn
        assertEquals("Stopped: " + written + " of 40 frames written to " + folder.toAbsolutePath() + ".",
                model.statusProperty().get());
        assertEquals(written, files(folder).stream().filter(name -> name.endsWith(".png")).count());
        assertEquals(written + 3, paintedTimes.size(), "nothing is drawn after Cancel");
        assertEquals(0, clock.listenerCount());
    }
}
