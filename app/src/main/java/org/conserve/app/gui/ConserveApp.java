package org.conserve.app.gui;

import java.lang.management.ManagementFactory;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.conserve.app.gui.math.FormulaImages;
import org.conserve.app.gui.task.BackgroundTaskRunner;

/** The desktop application: builds the view models and the main window, and shows it. */
public final class ConserveApp extends Application {
    private BackgroundTaskRunner tasks;

    @Override
    public void start(Stage stage) {
        if (Boolean.getBoolean("conserve.startup.report")) {
            System.err.println("conserve: start() " + sinceJvmStart() + " ms after the JVM started");
        }
        Failures failures = Failures.standard();
        tasks = new BackgroundTaskRunner(Platform::runLater);
        MainViewModel model = new MainViewModel(AppServices.standard(tasks, failures));
        // Whatever slips through elsewhere still becomes a message, never a dead window.
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> Platform.runLater(
                () -> model.reportFailure("finish the last action", failure)));
        // Reading the library and loading JLaTeXMath's fonts overlap with building the window.
        FormulaImages formulas = new FormulaImages();
        tasks.run("load formula fonts", context -> formulas.warmUp(), done -> { }, failures::log);
        if (Boolean.getBoolean("conserve.startup.report")) {
            reportStartupTime(model);
        }
        model.start();
        stage.setTitle("Conserve");
        stage.setScene(scene(model, formulas));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
    }

    /** Prints how long after the JVM started the library was on screen (-Dconserve.startup.report=true). */
    private static void reportStartupTime(MainViewModel model) {
        model.library().loadingProperty().addListener((obs, was, loading) -> {
            if (!loading) {
                Platform.runLater(() -> System.err.println("conserve: library shown " + sinceJvmStart()
                        + " ms after the JVM started"));
            }
        });
    }

    /** The main window's scene with its style sheet (tests build the same). */
    public static Scene scene(MainViewModel model, FormulaImages formulas) {
        Scene scene = new Scene(new MainView(model, formulas), 1280, 800);
        scene.getStylesheets().add(ConserveApp.class.getResource("conserve.css").toExternalForm());
        return scene;
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}
