package org.conserve.app.gui.editor;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The parameter panel: per parameter a field and a slider; what is wrong with a typed value below it. */
final class ParametersView extends VBox {
    private final ParametersViewModel model;
    private final GridPane grid = new GridPane();

    ParametersView(ParametersViewModel model) {
        super(6);
        this.model = model;
        setId("editor-parameters");
        Label heading = new Label("Parameters");
        heading.getStyleClass().add("section-heading");
        Label note = new Label();
        note.setWrapText(true);
        note.getStyleClass().add("system-description");
        note.textProperty().bind(model.noteProperty());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
        grid.setHgap(10);
        grid.setVgap(4);
        getChildren().addAll(heading, note, grid);
        model.rows().addListener((ListChangeListener<ParameterRow>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        int line = 0;
        for (ParameterRow row : model.rows()) {
            Label name = new Label(row.name());
            name.getStyleClass().add("parameter-name");
            TextField field = new TextField();
            field.setId("parameter-field-" + row.name());
            field.setPrefColumnCount(7);
            field.textProperty().bindBidirectional(row.fieldProperty());
            field.disableProperty().bind(row.editableProperty().not());
            field.setTooltip(new Tooltip("A number (2, -0.5, 1e-3) or a fraction (8/3); the file's text follows"));
            Slider slider = new Slider(-1, 1, row.positionProperty().get());
            slider.setId("parameter-slider-" + row.name());
            slider.valueProperty().bindBidirectional(row.positionProperty());
            slider.disableProperty().bind(row.editableProperty().not());
            slider.setTooltip(new Tooltip("One order of magnitude either side of the value it started at"));
            GridPane.setHgrow(slider, Priority.ALWAYS);
            Label problem = new Label();
            problem.setWrapText(true);
            problem.setStyle("-fx-text-fill: #b3261e;");
            problem.textProperty().bind(row.problemProperty());
            problem.managedProperty().bind(row.problemProperty().isNotEmpty());
            problem.visibleProperty().bind(problem.managedProperty());
            grid.add(name, 0, line);
            grid.add(field, 1, line);
            grid.add(slider, 2, line);
            grid.add(problem, 0, line + 1, 3, 1);
            line += 2;
        }
    }
}
