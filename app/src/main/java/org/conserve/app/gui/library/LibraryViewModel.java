package org.conserve.app.gui.library;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conserve.app.gui.Failures;
import org.conserve.app.gui.UserMessage;
import org.conserve.app.gui.task.TaskRunner;

/**
 * The library of built-in systems: loads them in the background, groups them by kind, and holds the
 * selection whose equations, laws and teaching notes the view shows. Testable without a toolkit.
 */
public final class LibraryViewModel {
    private final SystemSource source;
    private final TaskRunner tasks;
    private final Failures failures;
    private final Consumer<UserMessage> messages;

    private final ObservableList<SystemSummary> systems = FXCollections.observableArrayList();
    private final ObjectProperty<SystemSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private Consumer<SystemSummary> openHandler = system -> { };
    private Consumer<SystemSummary> simulateHandler = system -> { };
    private Consumer<SystemSummary> discoverHandler = system -> { };
    private Consumer<SystemSummary> presentHandler = system -> { };

    public LibraryViewModel(SystemSource source, TaskRunner tasks, Failures failures,
            Consumer<UserMessage> messages) {
        this.source = source;
        this.tasks = tasks;
        this.failures = failures;
        this.messages = messages;
    }

    /** Reads the systems in the background; selects the first when nothing is selected yet. */
    public void load() {
        loading.set(true);
        status.set("Loading the built-in systems…");
        tasks.run("load library", context -> source.load(), this::show, failure -> {
            loading.set(false);
            status.set("The built-in systems could not be read.");
            messages.accept(failures.describe("read the built-in systems", failure));
        });
    }

    private void show(SystemSource.Loaded loaded) {
        systems.setAll(loaded.systems());
        loading.set(false);
        long odes = loaded.systems().stream().filter(s -> s.kind() == SystemKind.ODE).count();
        long pdes = loaded.systems().stream().filter(s -> s.kind() == SystemKind.PDE).count();
        status.set(loaded.systems().size() + " built-in systems: " + odes + " ODE, " + pdes + " PDE");
        if (!loaded.unreadable().isEmpty()) {
            messages.accept(new UserMessage(UserMessage.Severity.WARNING,
                    loaded.unreadable().size() + " built-in file(s) could not be read: "
                            + String.join("; ", loaded.unreadable()),
                    "The others are listed; please report the broken file."));
        }
        if (selected.get() == null && !systems.isEmpty()) {
            selected.set(systems.get(0));
        }
    }

    public ObservableList<SystemSummary> systems() {
        return systems;
    }

    /** The systems of one kind, in library order. */
    public List<SystemSummary> systemsOfKind(SystemKind kind) {
        return systems.stream().filter(system -> system.kind() == kind).toList();
    }

    public ObjectProperty<SystemSummary> selectedProperty() {
        return selected;
    }

    public Optional<SystemSummary> selected() {
        return Optional.ofNullable(selected.get());
    }

    /** Selects the system with this name, if there is one. */
    public boolean select(String name) {
        Optional<SystemSummary> match = systems.stream().filter(s -> s.name().equals(name)).findFirst();
        match.ifPresent(selected::set);
        return match.isPresent();
    }

    public List<String> selectedEquationsTex() {
        return selected().map(EquationTex::equations).orElse(List.of());
    }

    public List<String> selectedLawsTex() {
        return selected().map(EquationTex::laws).orElse(List.of());
    }

    public List<NotesMarkup.Block> selectedNotes() {
        return selected().map(system -> NotesMarkup.parse(system.notes())).orElse(List.of());
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Who opens a system in the editor (the main view model wires this). */
    public void setOpenHandler(Consumer<SystemSummary> handler) {
        this.openHandler = handler;
    }

    public void setSimulateHandler(Consumer<SystemSummary> handler) {
        this.simulateHandler = handler;
    }

    /** Who runs a discovery on a system (the main view model wires this). */
    public void setDiscoverHandler(Consumer<SystemSummary> handler) {
        this.discoverHandler = handler;
    }

    /** Who presents a system in Teach mode (the main view model wires this). */
    public void setPresentHandler(Consumer<SystemSummary> handler) {
        this.presentHandler = handler;
    }

    public void presentSelected() {
        selected().ifPresent(presentHandler);
    }

    public void discoverSelected() {
        selected().ifPresent(discoverHandler);
    }

    public void openSelected() {
        selected().ifPresent(openHandler);
    }

    public void simulateSelected() {
        selected().ifPresent(simulateHandler);
    }
}
