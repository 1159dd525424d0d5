package org.conserve.app.gui.present;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.conserve.app.gui.discover.DiscoverCharts;
import org.conserve.app.gui.discover.DiscoverResult;
import org.conserve.app.gui.discover.DiscoverViewModel;
import org.conserve.app.gui.math.FormulaImages;
import org.conserve.app.gui.math.FormulaView;
import org.conserve.app.gui.simulate.SimulationView;

/**
 * The content of each kind of slide, built once per presentation and kept while it is open. Text is
 * large (the presentation style sheet); formulas are rendered at presentation size.
 */
final class SlideViews {
    private static final float EQUATION_POINTS = 34;
    private static final float FORMULA_POINTS = 28;

    private final PresentationViewModel model;
    private final FormulaImages formulas;

    SlideViews(PresentationViewModel model, FormulaImages formulas) {
        this.model = model;
        this.formulas = formulas;
    }

    Node build(Slide.Kind kind) {
        return switch (kind) {
            case EQUATIONS -> equations();
            case PHASE_SPACE -> phaseSpace();
            case TRAINING -> training();
            case SPECTRUM -> spectrum();
            case FORMULAS -> formulaList();
            case ANIMATION -> animation();
        };
    }

    private Node equations() {
        VBox lines = new VBox(22);
        lines.setAlignment(Pos.CENTER);
        for (String tex : model.equationsTex()) {
            lines.getChildren().add(new FormulaView(formulas, tex, EQUATION_POINTS).fitWithin(lines.widthProperty(), 40));
        }
        Label description = new Label(model.system().description());
        description.getStyleClass().add("present-detail");
        description.setWrapText(true);
        VBox box = new VBox(36, lines, description);
        box.setAlignment(Pos.CENTER);
        box.setId("present-equations");
        return box;
    }

    private Node phaseSpace() {
        PhaseSpaceCanvas canvas = new PhaseSpaceCanvas(model.phaseSpaceProperty());
        Label status = new Label();
        status.getStyleClass().add("present-detail");
        status.setWrapText(true);
        status.textProperty().bind(model.phaseSpaceStatusProperty());
        VBox.setVgrow(canvas, Priority.ALWAYS);
        return new VBox(12, canvas, status);
    }

    private Node training() {
        DiscoverViewModel discover = model.discover();
        LineChart<Number, Number> losses = DiscoverCharts.losses(discover);
        losses.visibleProperty().bind(model.discoveryProperty().isNotEqualTo(DiscoveryState.NOT_RUN));
        VBox.setVgrow(losses, Priority.ALWAYS);
        return new VBox(14, discoveryControls(), losses);
    }

    private Node spectrum() {
        DiscoverViewModel discover = model.discover();
        BarChart<String, Number> bars = DiscoverCharts.spectrum(discover);
        Label count = new Label();
        count.setId("present-count");
        count.getStyleClass().add("present-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            DiscoverResult result = discover.resultProperty().get();
            if (model.discoveryProperty().get() != DiscoveryState.FINISHED || result == null) {
                return "";
            }
            int found = result.neural().count();
            return found + " independent conserved quantit" + (found == 1 ? "y" : "ies");
        }, discover.resultProperty(), model.discoveryProperty()));
        Label summary = new Label();
        summary.getStyleClass().add("present-detail");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.when(model.discoveryProperty().isEqualTo(DiscoveryState.FINISHED))
                .then(discover.summaryProperty()).otherwise(""));
        bars.visibleProperty().bind(model.discoveryProperty().isEqualTo(DiscoveryState.FINISHED));
        VBox.setVgrow(bars, Priority.ALWAYS);
        VBox box = new VBox(12, count, summary, bars);
        box.getChildren().add(0, discoveryControls());
        return box;
    }

    /** Start or stop, progress and stage: shown until the discovery finished. */
    private Node discoveryControls() {
        DiscoverViewModel discover = model.discover();
        Label state = new Label();
        state.getStyleClass().add("present-detail");
        state.setWrapText(true);
        state.textProperty().bind(Bindings.createStringBinding(() -> switch (model.discoveryProperty().get()) {
            case NOT_RUN -> "No discovery of " + model.system().name() + " has run yet. It runs in the background"
                    + " with the Discover page's settings (a minute or more with the default steps).";
            case RUNNING -> discover.stageProperty().get() + (discover.elapsedProperty().get().isEmpty()
                    ? "" : "   \u00b7   " + discover.elapsedProperty().get());
            case FINISHED -> discover.stageProperty().get();
        }, model.discoveryProperty(), discover.stageProperty(), discover.elapsedProperty()));
        Button start = new Button("Start the discovery");
        start.setId("present-start-discovery");
        start.getStyleClass().add("accent");
        start.setOnAction(event -> model.startDiscovery());
        start.visibleProperty().bind(model.discoveryProperty().isEqualTo(DiscoveryState.NOT_RUN));
        start.managedProperty().bind(start.visibleProperty());
        Button stop = new Button("Stop");
        stop.setId("present-stop-discovery");
        stop.setOnAction(event -> model.stopDiscovery());
        stop.visibleProperty().bind(model.discoveryProperty().isEqualTo(DiscoveryState.RUNNING));
        stop.managedProperty().bind(stop.visibleProperty());
        stop.disableProperty().bind(discover.stoppingProperty());
        ProgressBar bar = new ProgressBar();
        bar.getStyleClass().add("present-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(discover.progressProperty());
        bar.visibleProperty().bind(model.discoveryProperty().isEqualTo(DiscoveryState.RUNNING));
        bar.managedProperty().bind(bar.visibleProperty());
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox row = new HBox(16, start, stop, bar);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(10, state, row);
    }

    private Node formulaList() {
        Label summary = new Label();
        summary.getStyleClass().add("present-detail");
        summary.setWrapText(true);
        summary.textProperty().bind(model.formulaSummaryProperty());
        GridPane table = new GridPane();
        table.setId("present-formulas");
        table.setHgap(28);
        table.setVgap(18);
        Runnable fill = () -> {
            table.getChildren().clear();
            int row = 0;
            for (FormulaLine line : model.formulas()) {
                Label name = new Label(line.name());
                name.getStyleClass().add("present-law-name");
                Label status = new Label(line.status());
                status.getStyleClass().addAll("present-law-status", line.proved() ? "proved" : "unproved");
                table.addRow(row++, name, new FormulaView(formulas, line.tex(), FORMULA_POINTS), status);
            }
        };
        model.formulas().addListener((ListChangeListener<FormulaLine>) change -> fill.run());
        fill.run();
        ScrollPane scroll = new ScrollPane(table);
        scroll.getStyleClass().add("present-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return new VBox(20, summary, scroll);
    }

    private Node animation() {
        BorderPane holder = new BorderPane(new SimulationView(model.animation(), formulas, FORMULA_POINTS * 0.8f));
        holder.getStyleClass().add("present-animation");
        return holder;
    }
}
