package org.conserve.app.gui.laws;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.conserve.app.gui.math.FormulaImages;
import org.conserve.app.gui.math.FormulaView;

/**
 * The laws table: name, formula rendered as mathematics, status; the "k of n explained" line; and below
 * it the selected law's details ({@link LawDetailView}).
 */
public final class LawsView extends VBox {

    public LawsView(ObservableList<LawRow> laws, ReadOnlyStringProperty summary, FormulaImages formulas,
                    LawDetailViewModel detail) {
        super(8);
        setId("laws-view");
        Label heading = new Label("Laws");
        heading.getStyleClass().add("section-heading");
        Label summaryLine = new Label();
        summaryLine.setId("laws-summary");
        summaryLine.setWrapText(true);
        summaryLine.textProperty().bind(summary);

        TableView<LawRow> table = new TableView<>(laws);
        table.setId("laws-table");
        table.setPlaceholder(new Label("Run a discovery to see the laws."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<LawRow, String> name = new TableColumn<>("");
        name.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().name()));
        name.setPrefWidth(40);
        name.setMaxWidth(60);
        TableColumn<LawRow, LawRow> formula = new TableColumn<>("Law");
        formula.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        formula.setCellFactory(column -> new FormulaCell(formulas));
        formula.setPrefWidth(320);
        TableColumn<LawRow, String> status = new TableColumn<>("Status");
        status.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().status()));
        status.setPrefWidth(200);
        table.getColumns().setAll(java.util.List.of(name, formula, status));
        // Room for four laws with fractions before the details take the rest.
        table.setPrefHeight(220);
        table.setMinHeight(160);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> detail.select(row));

        LawDetailView details = new LawDetailView(detail);
        ScrollPane detailScroll = new ScrollPane(details);
        detailScroll.setFitToWidth(true);
        detailScroll.visibleProperty().bind(details.visibleProperty());
        detailScroll.managedProperty().bind(details.visibleProperty());
        VBox.setVgrow(detailScroll, Priority.ALWAYS);
        getChildren().addAll(heading, summaryLine, table, detailScroll);
    }

    /** Draws the row's TeX; neural-only rows are drawn in grey. */
    private static final class FormulaCell extends TableCell<LawRow, LawRow> {
        private final FormulaImages formulas;

        FormulaCell(FormulaImages formulas) {
            this.formulas = formulas;
        }

        @Override
        protected void updateItem(LawRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            FormulaView view = new FormulaView(formulas, row.tex(), 18);
            if (row.kind() == LawRow.Kind.NEURAL_ONLY) {
                view.setOpacity(0.6);
            }
            setGraphic(view);
            setText(null);
        }
    }
}
