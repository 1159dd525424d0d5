package org.conserve.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.conserve.app.gui.export.ExportViewModel;
import org.conserve.app.gui.export.FolderMemory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Discover the oscillator's energy with a small budget, press Export, find the six files in the folder. */
@ExtendWith(ApplicationExtension.class)
class DiscoverExportWindowTest {
    @TempDir
    static Path home;
    private MainViewModel model;
    private final List<Optional<Path>> offered = new ArrayList<>();

    @Start
    void start(Stage stage) {
        model = TestWindows.open(stage, home);
    }

    @Test
    void exportsTheReportFilesAndBothChartsAsPngIntoTheChosenFolder(FxRobot robot) throws Exception {
        Path folder = home.resolve("export");
        Path[] remembered = new Path[1];
        model.discover().export().useMemory(new FolderMemory() {
            @Override
            public Optional<Path> last() {
                return Optional.ofNullable(remembered[0]);
            }

            @Override
            public void remember(Path chosen) {
                remembered[0] = chosen;
            }
        });
        model.discover().export().useChooser(initial -> {
            offered.add(initial);
            return Optional.of(folder);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.library().systems().isEmpty());
        robot.interact(() -> model.library().select("Harmonic oscillator (1D)"));
        robot.clickOn("#discover-selected");
        robot.interact(() -> {
            robot.lookup("#discover-samples").queryAs(TextField.class).setText("200");
            robot.lookup("#discover-adam").queryAs(TextField.class).setText("150");
            robot.lookup("#discover-lbfgs").queryAs(TextField.class).setText("50");
            robot.lookup("#discover-seed").queryAs(TextField.class).setText("7");
        });
        Button export = robot.lookup("#discover-export").queryButton();
        assertTrue(export.isDisabled());
        robot.clickOn("#discover-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.discover().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.discover().resultProperty().get().formulas().isPresent());

        robot.clickOn(export);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> model.messageProperty().get() != null);
        UserMessage message = model.messageProperty().get();
        assertEquals(UserMessage.Severity.INFO, message.severity(), message::fullText);
        assertTrue(message.text().contains(folder.toString()), message.text());
        assertEquals(List.of(Optional.<Path>empty()), offered);
        assertEquals(folder, remembered[0]);
        for (String name : ExportViewModel.fileNames(true)) {
            assertTrue(Files.size(folder.resolve(name)) > 0, name);
        }
        for (String image : List.of(ExportViewModel.LOSSES_IMAGE, ExportViewModel.SPECTRUM_IMAGE)) {
            BufferedImage decoded = ImageIO.read(folder.resolve(image).toFile());
            assertNotNull(decoded, image);
            assertTrue(decoded.getWidth() > 50 && decoded.getHeight() > 50, image);
        }
        assertTrue(Files.readString(folder.resolve("laws.tex")).contains("x"));
    }
}
