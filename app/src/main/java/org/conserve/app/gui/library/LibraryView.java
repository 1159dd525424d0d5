package org.conserve.app.gui.library;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.conserve.app.gui.math.FormulaImages;
import org.conserve.app.gui.math.FormulaView;

/** The library: built-in systems grouped by kind on the left, the selected one explained on the right. */
public final class LibraryView extends SplitPane {
    private final LibraryViewModel model;
    private final FormulaImages formulas;
    private final TreeView<Object> tree = new TreeView<>();
    private final Label title = new Label();
    private final Label kind = new Label();
    private final Label description = new Label();
    private final VBox equations = new VBox(6);
    private final VBox laws = new VBox(6);
    private final Label lawsHeading = heading("Known conserved quantities");
    private final NotesView notes = new NotesView();
    private final Label notesHeading = heading("Teaching notes");
    private final VBox details;
    private boolean updatingSelection;

    public LibraryView(LibraryViewModel model, FormulaImages formulas) {
        this.model = model;
        this.formulas = formulas;
        getStyleClass().add("library");

        tree.setId("library-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>("systems"));
        tree.setCellFactory(view -> new SystemCell());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!updatingSelection && item != null && item.getValue() instanceof SystemSummary system) {
                model.selectedProperty().set(system);
            }
        });

        title.getStyleClass().add("system-title");
        title.setWrapText(true);
        kind.getStyleClass().add("kind-badge");
        description.getStyleClass().add("system-description");
        description.setWrapText(true);
        Button open = new Button("Open in editor");
        open.setId("open-in-editor");
        open.setOnAction(event -> model.openSelected());
        Button simulate = new Button("Simulate");
        simulate.setId("simulate-selected");
        simulate.getStyleClass().add("accent");
        simulate.setOnAction(event -> model.simulateSelected());
        Button discover = new Button("Discover");
        discover.setId("discover-selected");
        discover.setOnAction(event -> model.discoverSelected());
        discover.disableProperty().bind(model.selectedProperty().isNull());
        Button present = new Button("Present");
        present.setId("present-selected");
        present.setTooltip(new javafx.scene.control.Tooltip("Teach mode: a full-screen guided sequence (F5)"));
        present.setOnAction(event -> model.presentSelected());
        present.disableProperty().bind(model.selectedProperty().isNull());
        open.disableProperty().bind(model.selectedProperty().isNull());
        simulate.disableProperty().bind(model.selectedProperty().isNull());

        details = new VBox(10, new HBox(12, title, kind), description, new HBox(8, simulate, discover, present, open),
                heading("Equations"), equations, lawsHeading, laws, notesHeading, notes);
        details.setId("library-details");
        details.getStyleClass().add("details");
        details.setPadding(new Insets(20, 28, 28, 28));
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("details-scroll");

        getItems().addAll(tree, scroll);
        setDividerPositions(0.3);
        SplitPane.setResizableWithParent(tree, false);

        model.systems().addListener((javafx.collections.ListChangeListener<SystemSummary>) change -> rebuildTree());
        model.selectedProperty().addListener((obs, old, system) -> showSelected());
        rebuildTree();
        showSelected();
    }

    private void rebuildTree() {
        TreeItem<Object> root = tree.getRoot();
        root.getChildren().clear();
        for (SystemKind systemKind : SystemKind.values()) {
            List<SystemSummary> ofKind = model.systemsOfKind(systemKind);
            if (ofKind.isEmpty()) {
                continue;
            }
            TreeItem<Object> group = new TreeItem<>(systemKind);
            group.setExpanded(true);
            ofKind.forEach(system -> group.getChildren().add(new TreeItem<>(system)));
            root.getChildren().add(group);
        }
        selectInTree(model.selectedProperty().get());
    }

    private void selectInTree(SystemSummary system) {
        updatingSelection = true;
        try {
            for (TreeItem<Object> group : tree.getRoot().getChildren()) {
                for (TreeItem<Object> item : group.getChildren()) {
                    if (item.getValue() == system) {
                        tree.getSelectionModel().select(item);
                    }
                }
            }
        } finally {
            updatingSelection = false;
        }
    }

    private void showSelected() {
        SystemSummary system = model.selectedProperty().get();
        details.setVisible(system != null);
        if (system == null) {
            return;
        }
        selectInTree(system);
        title.setText(system.name());
        kind.setText(system.kind().shortName());
        description.setText(system.description());
        description.setManaged(!system.description().isEmpty());
        fill(equations, model.selectedEquationsTex(), 17);
        List<String> lawLines = model.selectedLawsTex();
        fill(laws, lawLines, 16);
        lawsHeading.setVisible(!lawLines.isEmpty());
        lawsHeading.setManaged(!lawLines.isEmpty());
        notes.show(model.selectedNotes());
        notesHeading.setManaged(!system.notes().isEmpty());
        notesHeading.setVisible(!system.notes().isEmpty());
    }

    private void fill(VBox box, List<String> texLines, float size) {
        box.getChildren().clear();
        for (String tex : texLines) {
            FlowPane line = new FlowPane(new FormulaView(formulas, tex, size).fitWithin(box.widthProperty(), 12));
            line.getStyleClass().add("formula-line");
            box.getChildren().add(line);
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-heading");
        return label;
    }

    /** Group headings in bold; systems with their one-line description underneath. */
    private static final class SystemCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("group-cell", "system-cell");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else if (item instanceof SystemKind systemKind) {
                setText(systemKind.heading());
                setGraphic(null);
                getStyleClass().add("group-cell");
            } else {
                SystemSummary system = (SystemSummary) item;
                Label name = new Label(system.name());
                name.getStyleClass().add("system-name");
                name.maxWidthProperty().bind(getTreeView().widthProperty().subtract(64));
                Node graphic = name;
                if (!system.description().isEmpty()) {
                    Label line = new Label(system.description());
                    line.getStyleClass().add("system-line");
                    // Long descriptions end in an ellipsis instead of widening the list.
                    line.maxWidthProperty().bind(getTreeView().widthProperty().subtract(64));
                    graphic = new VBox(1, name, line);
                }
                setText(null);
                setGraphic(graphic);
                getStyleClass().add("system-cell");
            }
        }
    }
}
