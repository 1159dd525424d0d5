package org.conserve.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.conserve.app.gui.export.FolderMemory;
import org.conserve.app.gui.math.FormulaImages;
import org.conserve.app.gui.simulate.FramesExportViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Simulate Kepler, export four PNG frames from the Simulate page, read them back. */
@ExtendWith(ApplicationExtension.class)
class FramesExportWindowTest {
    @TempDir
    static Path home;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(AppServices.standard(new Failures(home.resolve("conserve.log"))));
        stage.setScene(ConserveApp.scene(model, new FormulaImages()));
        stage.show();
        model.start();
    }

    @Test
    void exportsKeplerFramesAsPngImagesOfTheChosenSize(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.library().systems().isEmpty());
        robot.interact(() -> model.library().select("Kepler problem (planar)"));
        robot.clickOn("#simulate-selected");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> model.simulation().simulationProperty().get() != null);
        FramesExportViewModel frames = model.simulation().framesExport();
        Path[] remembered = new Path[1];
        frames.useMemory(new FolderMemory() {
            @Override
            public Optional<Path> last() {
                return Optional.ofNullable(remembered[0]);
            }

            @Override
            public void remember(Path folder) {
                remembered[0] = folder;
            }
        });
        robot.clickOn("#export-frames");
        Path out = Files.createDirectory(home.resolve("frames"));
        robot.interact(() -> {
            robot.lookup("#frames-count").queryAs(TextField.class).setText("4");
            robot.lookup("#frames-width").queryAs(TextField.class).setText("320");
            robot.lookup("#frames-height").queryAs(TextField.class).setText("200");
            robot.lookup("#frames-folder").queryAs(TextField.class).setText(home.resolve("missing").toString());
        });
        robot.clickOn("#frames-export");
        String refused = robot.lookup("#frames-status").queryAs(Label.class).getText();
        assertTrue(refused.contains("does not exist"), refused);

        robot.interact(() -> robot.lookup("#frames-folder").queryAs(TextField.class).setText(out.toString()));
        robot.clickOn("#frames-export");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !frames.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        String status = robot.lookup("#frames-status").queryAs(Label.class).getText();
        assertFalse(frames.failedProperty().get(), status);
        assertTrue(status.startsWith("Wrote frame-0001.png to frame-0004.png"), status);
        for (int k = 1; k <= 4; k++) {
            BufferedImage image = ImageIO.read(out.resolve(String.format("frame-%04d.png", k)).toFile());
            assertNotNull(image, "frame " + k + " is a PNG");
            assertEquals(320, image.getWidth());
            assertEquals(200, image.getHeight());
            assertTrue(drawnPixels(image) > 200, "frame " + k + " shows the plot");
        }
        try (var listed = Files.list(out)) {
            assertEquals(4, listed.count(), "no temporary files are left");
        }
        assertEquals(out.toAbsolutePath(), remembered[0]);
    }

    /** Pixels that are neither white nor nearly white: axes, labels, the orbit and the star. */
    private static int drawnPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 200 || ((rgb >> 8) & 0xff) < 200 || (rgb & 0xff) < 200) {
                    count++;
                }
            }
        }
        return count;
    }
}
