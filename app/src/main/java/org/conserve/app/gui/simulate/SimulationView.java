package org.conserve.app.gui.simulate;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.conserve.app.gui.math.FormulaImages;
import org.conserve.app.gui.math.FormulaView;

/**
 * The simulation page: the animation on a canvas, play/pause/restart and speed above it, and the
 * expected conserved quantities with their values ticking beside it.
 */
public final class SimulationView extends BorderPane {
    private final SimulationViewModel model;
    private final FormulaImages formulas;
    private final Canvas canvas = new Canvas();
    private final PlotPainter painter = new PlotPainter();
    private final VBox lawBox = new VBox(14);
    private final List<Label[]> lawLabels = new ArrayList<>();
    private List<String> shownLaws = List.of();
    private String scaledFor;
    private FramesExportDialog framesDialog;

    public SimulationView(SimulationViewModel model, FormulaImages formulas) {
        this.model = model;
        this.formulas = formulas;
        getStyleClass().add("simulate");

        Pane canvasHolder = new Pane(canvas);
        canvasHolder.getStyleClass().add("plot-area");
        canvas.widthProperty().bind(canvasHolder.widthProperty());
        canvas.heightProperty().bind(canvasHolder.heightProperty());
        canvas.widthProperty().addListener((obs, old, now) -> redraw());
        canvas.heightProperty().addListener((obs, old, now) -> redraw());
        canvas.setId("simulation-canvas");

        Label lawsHeading = new Label("Expected conserved quantities");
        lawsHeading.getStyleClass().add("section-heading");
        Label explanation = new Label("A conserved quantity keeps its value while everything else moves.");
        explanation.setWrapText(true);
        explanation.getStyleClass().add("system-description");
        StartView start = new StartView(model.start());
        VBox.setMargin(lawsHeading, new Insets(12, 0, 0, 0));
        VBox side = new VBox(8, start, lawsHeading, explanation, lawBox);
        side.setPadding(new Insets(16, 20, 20, 20));
        side.getStyleClass().add("details");
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.getStyleClass().add("details-scroll");

        SplitPane split = new SplitPane(canvasHolder, sideScroll);
        split.setDividerPositions(0.62);
        setTop(controls());
        setCenter(split);

        model.frameProperty().addListener((obs, old, frame) -> redraw());
        model.simulationProperty().addListener((obs, old, simulation) -> {
            // A new start of the same system keeps the scale, so a clicked point stays under the mouse.
            if (simulation != null && !simulation.name().equals(scaledFor)) {
                painter.reset();
                scaledFor = simulation.name();
            }
            redraw();
        });
        canvas.setOnMouseClicked(event -> painter.pick(event.getX(), event.getY())
                .ifPresent(pick -> model.start().pick(pick.xIndex(), pick.yIndex(), pick.x(), pick.y())));
        model.laws().addListener((ListChangeListener<LawReading>) change -> showLaws());
        showLaws();
    }

    private HBox controls() {
        Button play = new Button("Play");
        play.setId("play-pause");
        play.getStyleClass().add("accent");
        play.setMinWidth(80);
        play.textProperty().bind(javafx.beans.binding.Bindings.when(model.playingProperty())
                .then("Pause").otherwise("Play"));
        play.setOnAction(event -> model.togglePlaying());
        play.disableProperty().bind(model.simulationProperty().isNull());
        Button restart = new Button("Restart");
        restart.setId("restart");
        restart.setOnAction(event -> model.restart());
        restart.disableProperty().bind(model.simulationProperty().isNull().or(model.loadingProperty()));

        Button frames = new Button("Export frames…");
        frames.setId("export-frames");
        frames.setTooltip(new javafx.scene.control.Tooltip("Write the animation as numbered PNG frames into a folder"));
        frames.disableProperty().bind(model.simulationProperty().isNull());
        frames.setOnAction(event -> {
            if (framesDialog == null) {
                framesDialog = new FramesExportDialog(getScene().getWindow(), model.framesExport());
            }
            framesDialog.show();
        });

        Label speedLabel = new Label();
        speedLabel.setMinWidth(52);
        Slider speed = new Slider(-2, 3, 0); // log2 of the speed: 1/4 to 8 times
        speed.setId("speed");
        speed.setPrefWidth(160);
        speed.valueProperty().addListener((obs, old, exponent) -> model.speedProperty().set(Math.pow(2, exponent.doubleValue())));
        speedLabel.textProperty().bind(model.speedProperty().asString(java.util.Locale.ROOT, "× %.2g"));
        Label speedName = new Label("Speed");

        Label title = new Label();
        title.getStyleClass().add("editor-title");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.simulationProperty().get() == null ? "" : model.simulationProperty().get().name(),
                model.simulationProperty()));
        Label status = new Label();
        status.setId("simulation-status");
        status.getStyleClass().add("time-readout");
        status.textProperty().bind(model.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, play, restart, speedName, speed, speedLabel, status, spacer, title, frames);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tool-bar-strip");
        return bar;
    }

    private void redraw() {
        painter.paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(),
                model.simulationProperty().get(), model.trail(), model.frameProperty().get());
    }

    /** Formulas are drawn once per simulation; the values beside them change every frame. */
    private void showLaws() {
        List<String> expressions = model.laws().stream().map(LawReading::expression).toList();
        if (!expressions.equals(shownLaws)) {
            shownLaws = expressions;
            lawBox.getChildren().clear();
            lawLabels.clear();
            for (LawReading law : model.laws()) {
                Label value = new Label();
                value.getStyleClass().add("law-value");
                Label change = new Label();
                change.getStyleClass().add("law-change");
                lawLabels.add(new Label[] {value, change});
                VBox entry = new VBox(4, new FormulaView(formulas, law.tex(), 16).fitWithin(lawBox.widthProperty(), 26),
                        value, change);
                entry.getStyleClass().add("law-entry");
                lawBox.getChildren().add(entry);
            }
            if (model.laws().isEmpty() && model.simulationProperty().get() != null) {
                Label none = new Label("This system lists no expected laws.");
                none.getStyleClass().add("system-description");
                lawBox.getChildren().add(none);
            }
        }
        for (int i = 0; i < model.laws().size(); i++) {
            LawReading law = model.laws().get(i);
            lawLabels.get(i)[0].setText("= " + law.formattedValue());
            lawLabels.get(i)[1].setText(law.formattedChange());
        }
    }
}
