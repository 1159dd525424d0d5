package org.conserve.app.gui.simulate;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.conserve.app.gui.export.NativeFolderChooser;

/**
 * The "Export frames" dialog: frame count, size and folder, progress, Cancel. It does not block the main
 * window (the animation may go on playing). All state lives in {@link FramesExportViewModel}.
 */
final class FramesExportDialog {
    private final Stage stage = new Stage();

    FramesExportDialog(Window owner, FramesExportViewModel model) {
        stage.initOwner(owner);
        stage.setTitle("Export the animation as PNG frames");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        field(grid, 0, "Frames", "frames-count", model.framesProperty(), "Frames spread evenly over the simulated span");
        field(grid, 1, "Width (px)", "frames-width", model.widthProperty(), "Width of each image in pixels");
        field(grid, 2, "Height (px)", "frames-height", model.heightProperty(), "Height of each image in pixels");
        TextField folder = field(grid, 3, "Folder", "frames-folder", model.folderProperty(),
                "frame-0001.png, frame-0002.png, ... are written here (existing ones are replaced)");
        folder.setPrefColumnCount(28);
        Button browse = new Button("Choose…");
        browse.setId("frames-browse");
        NativeFolderChooser chooser = new NativeFolderChooser(() -> stage);
        browse.setOnAction(event -> model.chooseFolder(chooser));
        grid.add(browse, 2, 3);
        GridPane.setHgrow(folder, Priority.ALWAYS);

        ProgressBar bar = new ProgressBar(0);
        bar.setId("frames-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        Label status = new Label();
        status.setId("frames-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        model.failedProperty().addListener((obs, was, failed) -> status.setStyle(failed ? "-fx-text-fill: #b3261e;" : ""));

        Button export = new Button("Export");
        export.setId("frames-export");
        export.getStyleClass().add("accent");
        export.setDefaultButton(true);
        export.setOnAction(event -> model.export());
        export.disableProperty().bind(model.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("frames-cancel");
        cancel.setOnAction(event -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        Button close = new Button("Close");
        close.setId("frames-close");
        close.setOnAction(event -> stage.close());
        HBox buttons = new HBox(8, export, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(12, grid, bar, status, buttons);
        root.setId("frames-dialog");
        root.setPadding(new Insets(16));
        root.setPrefWidth(560);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    private static TextField field(GridPane grid, int row, String label, String id, StringProperty value, String tip) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(8);
        field.setTooltip(new Tooltip(tip));
        field.textProperty().bindBidirectional(value);
        grid.add(new Label(label), 0, row);
        grid.add(field, 1, row);
        return field;
    }
}
