package org.conserve.app.gui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.conserve.app.gui.AppServices;
import org.conserve.app.gui.ConserveApp;
import org.conserve.app.gui.Failures;
import org.conserve.app.gui.MainViewModel;
import org.conserve.app.gui.Page;
import org.conserve.app.gui.math.FormulaImages;
import org.conserve.examples.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A saved last session shows the banner; its button reopens the system with the saved settings. */
@ExtendWith(ApplicationExtension.class)
class RestoreBannerWindowTest {
    @TempDir
    static Path home;
    private MainViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        new LastSession(home).save(new Session("harmonic-oscillator.yaml",
                Catalogue.find("harmonic-oscillator").orElseThrow().text(), Map.of("samples", "222"),
                JsonNodeFactory.instance.objectNode().put("system", "Harmonic oscillator (1D)"), Optional.empty()));
        model = new MainViewModel(AppServices.standard(new Failures(home.resolve("conserve.log"))));
        stage.setScene(ConserveApp.scene(model, new FormulaImages()));
        stage.show();
        model.start();
    }

    @Test
    void restoreLastSessionReopensTheSystemWithItsSettings(FxRobot robot) {
        Node banner = robot.lookup("#restore-banner").query();
        assertTrue(banner.isVisible());
        robot.clickOn("#restore-session");
        assertFalse(banner.isVisible());
        assertEquals(Page.DISCOVER, model.pageProperty().get());
        assertEquals("222", robot.lookup("#discover-samples").queryAs(TextField.class).getText());
    }
}
