package org.conserve.app.gui.editor;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Popup;
import org.conserve.app.gui.math.FormulaImages;
import org.conserve.app.gui.math.FormulaView;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The editor page: the file's text with line numbers and underlined problems, the list of problems
 * (click one to go there), and the equations rendered beside the text.
 */
public final class EditorView extends BorderPane {
    private final EditorViewModel model;
    private final FormulaImages formulas;
    private final CodeArea code = new CodeArea();
    private final ListView<EditorProblem> problemList = new ListView<>();
    private final VBox equations = new VBox(8);
    private boolean updatingText;

    public EditorView(EditorViewModel model, FormulaImages formulas) {
        this.model = model;
        this.formulas = formulas;
        getStyleClass().add("editor");

        code.setId("editor-text");
        equations.setId("editor-equations");
        code.getStyleClass().add("system-code");
        code.setParagraphGraphicFactory(LineNumberFactory.get(code));
        code.setWrapText(true); // teaching notes are long lines
        installProblemPopup();
        code.replaceText(model.textProperty().get());
        code.textProperty().addListener((obs, old, typed) -> {
            if (!updatingText) {
                model.textProperty().set(typed);
            }
        });
        model.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(code.getText())) {
                updatingText = true;
                try {
                    code.replaceText(now);
                    code.moveTo(0);
                    code.requestFollowCaret();
                } finally {
                    updatingText = false;
                }
            }
            restyle();
        });

        problemList.setId("problem-list");
        problemList.setItems(model.problems());
        problemList.setCellFactory(list -> new ProblemCell());
        problemList.setPrefHeight(130);
        problemList.setPlaceholder(new Label("No problems found."));
        problemList.setOnMouseClicked(event -> goToSelectedProblem());
        problemList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                goToSelectedProblem();
            }
        });
        model.problems().addListener((ListChangeListener<EditorProblem>) change -> restyle());
        model.caretRequestProperty().addListener((obs, old, problem) -> {
            if (problem != null) {
                moveCaretTo(problem);
            }
        });

        Label problemsHeading = new Label();
        problemsHeading.getStyleClass().add("section-heading");
        problemsHeading.setId("problem-summary");
        problemsHeading.textProperty().bind(model.problemSummaryBinding());
        VBox left = new VBox(new VirtualizedScrollPane<>(code), problemsHeading, problemList);
        VBox.setVgrow(left.getChildren().get(0), Priority.ALWAYS);
        left.getStyleClass().add("editor-left");

        Label equationsHeading = new Label("Equations, as written");
        equationsHeading.getStyleClass().add("section-heading");
        ParametersView parameters = new ParametersView(model.parameters());
        VBox right = new VBox(6, parameters, equationsHeading, equations);
        VBox.setMargin(equationsHeading, new Insets(12, 0, 0, 0));
        right.setPadding(new Insets(12, 20, 20, 20));
        right.getStyleClass().add("details");
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true);
        rightScroll.getStyleClass().add("details-scroll");
        model.equationsTex().addListener((ListChangeListener<String>) change -> showEquations());

        SplitPane split = new SplitPane(left, rightScroll);
        split.setDividerPositions(0.58);
        setTop(toolbar());
        setCenter(split);
        restyle();
        showEquations();
        installShortcuts();
    }

    /** Resting the mouse on an underlined token shows its message beside it. */
    private void installProblemPopup() {
        Popup popup = new Popup();
        Label message = new Label();
        message.getStyleClass().add("problem-popup");
        message.setWrapText(true);
        message.setMaxWidth(420);
        popup.getContent().add(message);
        code.setMouseOverTextDelay(java.time.Duration.ofMillis(350));
        code.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, event ->
                EditorHighlighting.problemAt(code.getText(), model.problems(), event.getCharacterIndex())
                        .ifPresent(problem -> {
                            message.setText(problem.line() + ":" + problem.column() + "  " + problem.message());
                            javafx.geometry.Point2D at = event.getScreenPosition();
                            popup.show(code, at.getX() + 8, at.getY() + 14);
                        }));
        code.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, event -> popup.hide());
    }

    private HBox toolbar() {
        Button newFile = button("New", "new-file", "Start a new system from a template (Ctrl+N)");
        newFile.setOnAction(event -> {
            if (confirmDiscard()) {
                model.newFile();
            }
        });
        Button open = button("Open…", "open-file", "Open a system file (Ctrl+O)");
        open.setOnAction(event -> chooseAndOpen());
        Button save = button("Save", "save-file", "Save the file (Ctrl+S)");
        save.setOnAction(event -> save());
        Button saveAs = button("Save as…", "save-file-as", "Save under a new name");
        saveAs.setOnAction(event -> chooseAndSave());
        open.disableProperty().bind(model.busyProperty());
        save.disableProperty().bind(model.busyProperty());
        saveAs.disableProperty().bind(model.busyProperty());
        Button simulate = button("Simulate", "simulate-text", "Simulate the system as it is written now");
        simulate.getStyleClass().add("accent");
        simulate.setOnAction(event -> model.simulate());
        simulate.disableProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.problems())
                .or(model.validatingProperty()));
        Button discover = button("Discover", "discover-text", "Discover the laws of the system as it is written now");
        discover.setOnAction(event -> model.discover());
        discover.disableProperty().bind(simulate.disableProperty());
        Label title = new Label();
        title.setId("editor-title");
        title.getStyleClass().add("editor-title");
        title.textProperty().bind(model.titleBinding());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label checking = new Label("checking…");
        checking.getStyleClass().add("status-log");
        checking.visibleProperty().bind(model.validatingProperty());
        HBox bar = new HBox(8, newFile, open, save, saveAs, simulate, discover, spacer, checking, title);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tool-bar-strip");
        return bar;
    }

    private static Button button(String text, String id, String tip) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    /**
     * Ctrl+S, Ctrl+O and Ctrl+N act on the system file while the focus is on this page; elsewhere the
     * window's File menu has them (sessions). The page sees key presses before the window's accelerators.
     */
    private void installShortcuts() {
        KeyCombination save = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
        KeyCombination open = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
        KeyCombination newFile = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (save.match(event)) {
                event.consume();
                save();
            } else if (open.match(event)) {
                event.consume();
                chooseAndOpen();
            } else if (newFile.match(event)) {
                event.consume();
                if (confirmDiscard()) {
                    model.newFile();
                }
            }
        });
    }

    private void save() {
        if (!model.busyProperty().get() && !model.save()) {
            chooseAndSave();
        }
    }

    private void chooseAndOpen() {
        if (model.busyProperty().get() || !confirmDiscard()) {
            return;
        }
        File chosen = chooser("Open a system file").showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            model.open(chosen.toPath());
        }
    }

    private void chooseAndSave() {
        if (model.busyProperty().get()) {
            return;
        }
        FileChooser chooser = chooser("Save the system file");
        String name = model.sourceName();
        chooser.setInitialFileName(name.endsWith(".yaml") ? name : name + ".yaml");
        File chosen = chooser.showSaveDialog(getScene().getWindow());
        if (chosen != null) {
            model.saveAs(chosen.toPath());
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Conserve systems (*.yaml)", "*.yaml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path folder = model.lastFolderProperty().get();
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private boolean confirmDiscard() {
        if (!model.dirtyProperty().get()) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "The changes to " + model.sourceName() + " are not saved. Discard them?",
                ButtonType.CANCEL, ButtonType.OK);
        alert.setHeaderText("Discard unsaved changes?");
        alert.initOwner(getScene().getWindow());
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private void goToSelectedProblem() {
        EditorProblem problem = problemList.getSelectionModel().getSelectedItem();
        if (problem != null) {
            model.goTo(problem);
        }
    }

    private void moveCaretTo(EditorProblem problem) {
        int offset = EditorHighlighting.offset(code.getText(), problem.line(), problem.column());
        code.moveTo(offset);
        code.requestFollowCaret();
        code.requestFocus();
    }

    private void restyle() {
        String text = code.getText();
        if (text.isEmpty()) {
            return;
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        for (EditorHighlighting.Run run : EditorHighlighting.runs(text, model.problems())) {
            spans.add(List.copyOf(run.styles()), run.length());
        }
        StyleSpans<Collection<String>> built = spans.create();
        code.setStyleSpans(0, built);
    }

    private void showEquations() {
        equations.getChildren().clear();
        for (String tex : model.equationsTex()) {
            FlowPane line = new FlowPane(new FormulaView(formulas, tex, 17).fitWithin(equations.widthProperty(), 12));
            line.getStyleClass().add("formula-line");
            equations.getChildren().add(line);
        }
    }

    /** Index of the caret for tests: the 1-based line and column it sits on. */
    public int[] caretLineAndColumn() {
        return new int[] {code.getCurrentParagraph() + 1, code.getCaretColumn() + 1};
    }

    /** "line:column  message", the form editors use. */
    private static final class ProblemCell extends ListCell<EditorProblem> {
        @Override
        protected void updateItem(EditorProblem problem, boolean empty) {
            super.updateItem(problem, empty);
            if (empty || problem == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label position = new Label(problem.line() + ":" + problem.column());
            position.getStyleClass().add("problem-position");
            position.setMinWidth(Region.USE_PREF_SIZE);
            Label message = new Label(problem.message());
            message.getStyleClass().add("problem-message");
            message.setWrapText(true);
            message.maxWidthProperty().bind(getListView().widthProperty().subtract(96));
            setText(null);
            setGraphic(new HBox(10, position, message));
        }
    }
}
