package org.conserve.app.gui.discover;

import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.conserve.app.gui.export.ChartImages;
import org.conserve.app.gui.export.ExportViewModel;
import org.conserve.app.gui.export.NativeFolderChooser;
import org.conserve.app.gui.laws.LawsView;
import org.conserve.app.gui.math.FormulaImages;

/**
 * The Discover page: settings and Run/Cancel on the left, progress and the loss and spectrum charts in
 * the middle, the laws table on the right. All state lives in {@link DiscoverViewModel}.
 */
public final class DiscoverView extends SplitPane {

    public DiscoverView(DiscoverViewModel model, FormulaImages formulas) {
        setId("discover-view");
        Label title = new Label();
        title.setId("discover-title");
        title.getStyleClass().add("section-heading");
        title.textProperty().bind(Bindings.when(model.titleProperty().isEmpty())
                .then("No system chosen").otherwise(model.titleProperty()));

        GridPane settings = new GridPane();
        settings.setHgap(8);
        settings.setVgap(6);
        int row = heading(settings, 0, "Networks and training");
        row = field(settings, row, "Networks", "discover-networks", model.networksProperty(), "d - 1; PDE",
                "Number of networks trained (default: d - 1, at least 2, for dimension d, since at most d - 1"
                        + " independent laws exist; PDE: density features + 2, at most 6)");
        row = field(settings, row, "Lambda", "discover-lambda", model.lambdaProperty(), DiscoverSettings.LAMBDA_PROMPT,
                "Weight of the independence loss l2 (empty: " + DiscoverSettings.LAMBDA_PROMPT
                        + " with the file's inductive bias; lowered in steps during L-BFGS)");
        row = field(settings, row, "Samples", "discover-samples", model.samplesProperty(), "file / 250 per dim.",
                "Training points (default: the file's sampling.points, else 250 per dimension; PDE: the file's"
                        + " sampling.states)");
        row = field(settings, row, "Adam steps", "discover-adam", model.adamStepsProperty(), DiscoverSettings.ADAM_PROMPT,
                "Adam steps (empty: " + DiscoverSettings.ADAM_PROMPT + ")");
        row = field(settings, row, "L-BFGS steps", "discover-lbfgs", model.lbfgsStepsProperty(),
                DiscoverSettings.LBFGS_PROMPT, "Most L-BFGS iterations after Adam; a run stops earlier when l1 stalls"
                        + " (empty: " + DiscoverSettings.LBFGS_PROMPT + " for dimension d)");
        row = field(settings, row, "Seed", "discover-seed", model.seedProperty(), "",
                "Seed of sampling and training: same seed, same answer");
        row = biasChoice(settings, row, model);
        row = heading(settings, row, "Formula search");
        field(settings, row, "Degree", "discover-degree", model.degreeProperty(), "file / automatic",
                "Last monomial degree the formula search tries (1 to 8; default: the file's search.degree, else"
                        + " it grows up to 4). Higher degrees find more laws but take longer.");
        Label problem = new Label();
        problem.setId("discover-settings-problem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b3261e;");
        problem.textProperty().bind(model.settingsProblemProperty());

        Button run = new Button("Run");
        run.setId("discover-run");
        run.getStyleClass().add("accent");
        run.setDefaultButton(false);
        run.setOnAction(event -> model.run());
        run.disableProperty().bind(model.canRunProperty().not());
        Button cancel = new Button("Cancel");
        cancel.setId("discover-cancel");
        cancel.setOnAction(event -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not().or(model.stoppingProperty()));
        Button export = new Button("Export…");
        export.setId("discover-export");
        export.setTooltip(new Tooltip("Write report.json, laws.tex, report.md, verify_laws.py and the charts as"
                + " PNG into a folder"));
        export.disableProperty().bind(model.exportableProperty().not().or(model.runningProperty())
                .or(model.export().exportingProperty()));
        HBox buttons = new HBox(8, run, cancel, export);

        VBox left = new VBox(10, title, settings, problem, buttons);
        left.setPadding(new Insets(16));
        left.setMinWidth(240);

        ProgressBar bar = new ProgressBar();
        bar.setId("discover-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMinHeight(16);
        bar.progressProperty().bind(model.progressProperty());
        Label stage = new Label();
        stage.setId("discover-stage");
        stage.setWrapText(true);
        stage.textProperty().bind(model.stageProperty());
        Label times = new Label();
        times.setId("discover-times");
        times.textProperty().bind(Bindings.createStringBinding(() -> {
            String elapsed = model.elapsedProperty().get();
            String remaining = model.remainingProperty().get();
            return (elapsed.isEmpty() ? "" : "Elapsed " + elapsed)
                    + (remaining.isEmpty() ? "" : "   \u00b7   about " + remaining + " left");
        }, model.elapsedProperty(), model.remainingProperty()));
        var losses = DiscoverCharts.losses(model);
        var spectrum = DiscoverCharts.spectrum(model);
        VBox.setVgrow(losses, Priority.ALWAYS);
        VBox.setVgrow(spectrum, Priority.ALWAYS);
        VBox middle = new VBox(8, bar, stage, times, losses, spectrum);
        NativeFolderChooser dialog = new NativeFolderChooser(() -> export.getScene().getWindow());
        export.setOnAction(event -> model.export(dialog, Map.of(ExportViewModel.LOSSES_IMAGE,
                ChartImages.snapshot(losses), ExportViewModel.SPECTRUM_IMAGE, ChartImages.snapshot(spectrum))));
        middle.setPadding(new Insets(16));
        middle.setAlignment(Pos.TOP_LEFT);

        LawsView laws = new LawsView(model.laws(), model.summaryProperty(), formulas, model.lawDetail());
        laws.setPadding(new Insets(16));

        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        getItems().addAll(leftScroll, middle, laws);
        setDividerPositions(0.2, 0.56);
    }

    private static int heading(GridPane grid, int row, String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("settings-heading");
        heading.setStyle("-fx-font-weight: bold;");
        grid.add(heading, 0, row, 2, 1);
        return row + 1;
    }

    private static int biasChoice(GridPane grid, int row, DiscoverViewModel model) {
        javafx.scene.control.ChoiceBox<String> choice = new javafx.scene.control.ChoiceBox<>(
                javafx.collections.FXCollections.observableArrayList(DiscoverViewModel.BIAS_FROM_FILE,
                        DiscoverViewModel.BIAS_NONE));
        choice.setId("discover-bias");
        choice.valueProperty().bindBidirectional(model.biasProperty());
        choice.setTooltip(new Tooltip("Inductive bias of the networks: the file's neural.bias (e.g. a sum over bodies"
                + " and pair distances for the three-body problem; plain networks when the file has none), or none"
                + " (plain networks of all variables). A bias learns only laws of its form."));
        grid.add(new Label("Bias"), 0, row);
        grid.add(choice, 1, row);
        return row + 1;
    }

    private static int field(GridPane grid, int row, String label, String id, StringProperty value, String prompt,
                             String tip) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(8);
        field.setPromptText(prompt);
        field.setTooltip(new Tooltip(tip));
        field.textProperty().bindBidirectional(value);
        grid.add(new Label(label), 0, row);
        grid.add(field, 1, row);
        return row + 1;
    }
}
