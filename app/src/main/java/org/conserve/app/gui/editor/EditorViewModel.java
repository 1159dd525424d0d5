package org.conserve.app.gui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conserve.app.gui.Failures;
import org.conserve.app.gui.UserMessage;
import org.conserve.app.gui.library.EquationTex;
import org.conserve.app.gui.library.SystemSummaries;
import org.conserve.app.gui.library.SystemSummary;
import org.conserve.app.gui.task.TaskRunner;

/**
 * The system-file editor: the text, where it is saved, its problems (validated in the background as the
 * user types, newest text wins) and the equations to render. Testable without a toolkit.
 */
public final class EditorViewModel {
    static final String NEW_FILE_TEXT = """
            name: My system
            description: One line about it.
            kind: ode
            parameters: {k: 1}
            variables: [x, p]
            equations:
              x: p
              p: -k*x
            sampling:
              box: {x: [-2, 2], p: [-2, 2]}
            """;

    private final TaskRunner tasks;
    private final SystemValidator validator;
    private final SystemFileStore store;
    private final Failures failures;
    private final Consumer<UserMessage> messages;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ParametersViewModel parameters = new ParametersViewModel(text);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final StringProperty sourceName = new SimpleStringProperty(this, "sourceName", "untitled.yaml");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty validating = new SimpleBooleanProperty(this, "validating");
    private final ObservableList<EditorProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<String> equationsTex = FXCollections.observableArrayList();
    private final ObjectProperty<EditorProblem> caretRequest = new SimpleObjectProperty<>(this, "caretRequest");
    private final ObjectProperty<Path> lastFolder = new SimpleObjectProperty<>(this, "lastFolder");
    private final StringBinding title;
    private final StringBinding problemSummary;

    private BiConsumer<String, String> simulateHandler = (name, text) -> { };
    private BiConsumer<String, String> discoverHandler = (name, text) -> { };
    private BiConsumer<String, String> validHandler = (name, text) -> { };
    private long textVersion;
    private boolean validationRunning;
    private boolean loadingText;

    public EditorViewModel(TaskRunner tasks, SystemValidator validator, SystemFileStore store, Failures failures,
            Consumer<UserMessage> messages) {
        this.tasks = tasks;
        this.validator = validator;
        this.store = store;
        this.failures = failures;
        this.messages = messages;
        title = Bindings.createStringBinding(() -> sourceName.get() + (dirty.get() ? " (modified)" : ""),
                sourceName, dirty);
        problemSummary = Bindings.createStringBinding(() -> problems.isEmpty() ? "No problems"
                : problems.size() == 1 ? "1 problem" : problems.size() + " problems", problems);
        text.addListener((obs, old, now) -> {
            textVersion++;
            if (!loadingText) {
                dirty.set(true);
            }
            requestValidation();
        });
    }

    /** Starts a new, unsaved system from a small template. */
    public void newFile() {
        load(NEW_FILE_TEXT, null, "untitled.yaml");
    }

    /** Shows a built-in system; saving it asks for a new file, the built-in itself is never changed. */
    public void openBuiltIn(SystemSummary system) {
        load(system.text(), null, system.id());
    }

    /** Reads {@code path} in the background and shows it. */
    public void open(Path path) {
        busy.set(true);
        tasks.run("open " + path.getFileName(), context -> store.read(path), read -> {
            busy.set(false);
            rememberFolder(path);
            load(read, path, path.getFileName().toString());
        }, failure -> {
            busy.set(false);
            messages.accept(failures.describe("open " + path, failure));
        });
    }

    /** Saves to the current file; false when there is none yet (the view then asks for one). */
    public boolean save() {
        Path target = file.get();
        if (target == null) {
            return false;
        }
        saveAs(target);
        return true;
    }

    /** Saves atomically to {@code path} in the background and makes it the current file. */
    public void saveAs(Path path) {
        String snapshot = text.get();
        long version = textVersion;
        busy.set(true);
        tasks.run("save " + path.getFileName(), context -> {
            store.writeAtomically(path, snapshot);
            return path;
        }, saved -> {
            busy.set(false);
            rememberFolder(saved);
            file.set(saved);
            sourceName.set(saved.getFileName().toString());
            // Typing during the save keeps the file marked modified.
            dirty.set(textVersion != version);
            messages.accept(UserMessage.info("Saved " + saved + "."));
        }, failure -> {
            busy.set(false);
            messages.accept(failures.describe("save " + path, failure));
        });
    }

    private void load(String newText, Path path, String name) {
        loadingText = true;
        try {
            file.set(path);
            sourceName.set(name);
            text.set(newText);
        } finally {
            loadingText = false;
        }
        dirty.set(false);
        requestValidation();
    }

    private void rememberFolder(Path path) {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            lastFolder.set(parent);
        }
    }

    /** Validates the current text unless a validation is running; that one then starts another. */
    private void requestValidation() {
        if (validationRunning) {
            return;
        }
        validationRunning = true;
        validating.set(true);
        String snapshot = text.get();
        String name = sourceName.get();
        long version = textVersion;
        tasks.run("validate " + name, context -> check(name, snapshot), result -> {
            validationRunning = false;
            if (version == textVersion) {
                validating.set(false);
                problems.setAll(result.problems());
                // A half-typed file keeps showing the last equations that could be read.
                if (result.equationsTex() != null) {
                    equationsTex.setAll(result.equationsTex());
                }
                if (result.problems().isEmpty()) {
                    validHandler.accept(name, snapshot);
                }
            } else {
                requestValidation();
            }
        }, failure -> {
            validationRunning = false;
            validating.set(false);
            messages.accept(failures.describe("check the file", failure));
        });
    }

    private Check check(String name, String snapshot) {
        List<EditorProblem> found = validator.validate(name, snapshot).stream().map(EditorProblem::of).toList();
        List<String> tex;
        try {
            SystemSummary summary = SystemSummaries.read(name, snapshot);
            tex = EquationTex.equations(summary);
        } catch (IOException | RuntimeException unreadable) {
            tex = null; // the problem list already says why
        }
        return new Check(found, tex);
    }

    private record Check(List<EditorProblem> problems, List<String> equationsTex) {
    }

    /** Who simulates the text (the main view model wires this): receives the file name and the text. */
    public void setSimulateHandler(BiConsumer<String, String> handler) {
        this.simulateHandler = handler;
    }

    /** Who hears of each text that validated without problems (file name, text): a simulation may follow it. */
    public void setValidHandler(BiConsumer<String, String> handler) {
        this.validHandler = handler;
    }

    /** Simulates the text as it is now, saved or not. */
    public void simulate() {
        simulateHandler.accept(sourceName.get(), text.get());
    }

    /** Who runs a discovery on the text (the main view model wires this): file name and text. */
    public void setDiscoverHandler(BiConsumer<String, String> handler) {
        this.discoverHandler = handler;
    }

    /** Discovers the laws of the text as it is now, saved or not. */
    public void discover() {
        discoverHandler.accept(sourceName.get(), text.get());
    }

    /** Asks the view to put the caret at the problem's line and column. */
    public void goTo(EditorProblem problem) {
        caretRequest.set(null);
        caretRequest.set(problem);
    }

    /** The parameter panel: fields and sliders that rewrite the parameters' values in the text. */
    public ParametersViewModel parameters() {
        return parameters;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file.get());
    }

    public StringBinding titleBinding() {
        return title;
    }

    public StringBinding problemSummaryBinding() {
        return problemSummary;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    /** True while a file is read or written: the buttons that would start another are disabled. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty validatingProperty() {
        return validating;
    }

    public ObservableList<EditorProblem> problems() {
        return problems;
    }

    public ObservableList<String> equationsTex() {
        return equationsTex;
    }

    public ReadOnlyObjectProperty<EditorProblem> caretRequestProperty() {
        return caretRequest;
    }

    /** The folder of the last file opened or saved, where file dialogs start. */
    public ObjectProperty<Path> lastFolderProperty() {
        return lastFolder;
    }

    public String sourceName() {
        return sourceName.get();
    }
}
