package org.conserve.app.gui.laws;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Below the laws table: the selected law along a trajectory (a flat line beside a quantity that moves)
 * and, for an ODE, the formula against the trained networks on a slice whose variable can be picked.
 */
public final class LawDetailView extends VBox {

    public LawDetailView(LawDetailViewModel model) {
        super(6);
        setId("law-detail");
        LineChart<Number, Number> trajectory = LawCharts.empty("law-trajectory-chart", "Along a trajectory");
        Label trajectoryCaption = caption("law-trajectory-caption");
        Label trajectoryStatus = status("law-trajectory-status");
        trajectoryStatus.textProperty().bind(model.trajectoryStatusProperty());
        model.trajectoryProperty().addListener((obs, old, now) -> {
            LawCharts.show(trajectory, now == null ? null : now.plot());
            trajectoryCaption.setText(now == null ? "" : now.plot().caption());
        });

        LineChart<Number, Number> slice = LawCharts.empty("law-slice-chart", "Network vs formula on a slice");
        Label sliceCaption = caption("law-slice-caption");
        Label sliceStatus = status("law-slice-status");
        sliceStatus.textProperty().bind(model.sliceStatusProperty());
        model.sliceProperty().addListener((obs, old, now) -> {
            LawCharts.show(slice, now == null ? null : now.plot());
            sliceCaption.setText(now == null ? "" : now.plot().caption());
        });
        ChoiceBox<String> variable = new ChoiceBox<>(model.sliceVariables());
        variable.setId("law-slice-variable");
        variable.getSelectionModel().select(model.sliceVariableProperty().get());
        variable.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                model.sliceVariableProperty().set(now.intValue());
            }
        });
        model.sliceVariableProperty().addListener((obs, old, now) -> variable.getSelectionModel().select(now.intValue()));
        model.sliceVariables().addListener((javafx.collections.ListChangeListener<String>) change ->
                variable.getSelectionModel().select(model.sliceVariableProperty().get()));
        HBox sliceControls = new HBox(8, new Label("Slice along"), variable);
        sliceControls.setAlignment(Pos.CENTER_LEFT);
        VBox sliceBox = new VBox(6, sliceControls, sliceStatus, slice, sliceCaption);
        sliceBox.visibleProperty().bind(Bindings.isNotEmpty(model.sliceVariables()));
        sliceBox.managedProperty().bind(sliceBox.visibleProperty());

        getChildren().addAll(trajectoryStatus, trajectory, trajectoryCaption, sliceBox);
        // Nothing selected: the table keeps the room.
        visibleProperty().bind(model.lawProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }

    private static Label caption(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add("chart-caption");
        return label;
    }

    private static Label status(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }
}
