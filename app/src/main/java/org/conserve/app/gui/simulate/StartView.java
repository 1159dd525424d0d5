package org.conserve.app.gui.simulate;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The start state's fields, "Start here", and why a start was refused; an ODE's only. */
final class StartView extends VBox {
    private final StartViewModel model;
    private final GridPane grid = new GridPane();

    StartView(StartViewModel model) {
        super(6);
        this.model = model;
        setId("start-view");
        Label heading = new Label("Start");
        heading.getStyleClass().add("section-heading");
        Label hint = new Label("Type a start and the time between frames, or click on the plot to move the plotted coordinates there.");
        hint.setWrapText(true);
        hint.getStyleClass().add("system-description");
        grid.setHgap(8);
        grid.setVgap(4);
        Button apply = new Button("Start here");
        apply.setId("start-apply");
        apply.setOnAction(event -> model.apply());
        Label problem = new Label();
        problem.setId("start-problem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b3261e;");
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(model.problemProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        getChildren().addAll(heading, hint, grid, apply, problem);
        managedProperty().bind(model.availableProperty());
        visibleProperty().bind(model.availableProperty());
        model.fields().addListener((ListChangeListener<StartField>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        int line = 0;
        for (StartField field : model.fields()) {
            TextField input = new TextField();
            input.setId("start-" + field.name());
            input.setPrefColumnCount(10);
            input.textProperty().bindBidirectional(field.textProperty());
            input.setOnAction(event -> model.apply());
            Label problem = new Label();
            problem.setStyle("-fx-text-fill: #b3261e;");
            problem.textProperty().bind(field.problemProperty());
            grid.addRow(line++, new Label(field.name()), input, problem);
        }
        TextField step = new TextField();
        step.setId("start-time-step");
        step.setPrefColumnCount(10);
        step.textProperty().bindBidirectional(model.timeStepProperty());
        step.setOnAction(event -> model.apply());
        step.setTooltip(new javafx.scene.control.Tooltip("Time between animation frames; the integrator keeps its"
                + " own adaptive steps (tolerance 1e-12)."));
        grid.addRow(line, new Label("\u0394t"), step);
    }
}
