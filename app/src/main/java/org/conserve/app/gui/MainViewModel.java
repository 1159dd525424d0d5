package org.conserve.app.gui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.conserve.app.gui.discover.DiscoverViewModel;
import org.conserve.app.gui.editor.EditorViewModel;
import org.conserve.app.gui.editor.SystemFileStore;
import org.conserve.app.gui.library.LibraryViewModel;
import org.conserve.app.gui.library.SystemSummary;
import org.conserve.app.gui.present.PresentationViewModel;
import org.conserve.app.gui.session.LastSession;
import org.conserve.app.gui.session.SessionViewModel;
import org.conserve.app.gui.simulate.SimulationViewModel;

/**
 * The main window's state: which page is shown, the message banner, and the page view models, wired so
 * that "Open in editor" in the library opens the editor. Testable without a toolkit.
 */
public final class MainViewModel {
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page", Page.LIBRARY);
    private final ObjectProperty<UserMessage> message = new SimpleObjectProperty<>(this, "message");
    private final Failures failures;
    private final LibraryViewModel library;
    private final EditorViewModel editor;
    private final SimulationViewModel simulation;
    private final DiscoverViewModel discover;
    private final SessionViewModel session;
    /** The editor text the Simulate page shows; null when it shows something else. */
    private String simulatedEditorText;
    private final ObjectProperty<PresentationViewModel> presentation = new SimpleObjectProperty<>(this,
            "presentation");
    private final AppServices services;

    public MainViewModel(AppServices services) {
        // Beside the log: LogFiles.home() in the app, the test's own folder in tests.
        this(services, new LastSession(services.failures().logFile().toAbsolutePath().getParent()));
    }

    /** The main window's model; {@code lastSession} is where the last discovery is kept. */
    public MainViewModel(AppServices services, LastSession lastSession) {
        this.failures = services.failures();
        this.services = services;
        this.library = new LibraryViewModel(services.builtIns(), services.tasks(), failures, this::show);
        this.editor = new EditorViewModel(services.tasks(), services.validator(), new SystemFileStore(), failures,
                this::show);
        this.simulation = new SimulationViewModel(services.tasks(), services.clock(), services.nanoTime(), failures,
                this::show);
        this.discover = new DiscoverViewModel(services.tasks(), services.clock(), services.nanoTime(), failures,
                this::show);
        library.setOpenHandler(system -> {
            editor.openBuiltIn(system);
            page.set(Page.EDITOR);
        });
        library.setSimulateHandler(system -> {
            simulatedEditorText = null;
            simulate(system.name(), system.id(), system.text(), services);
        });
        editor.setSimulateHandler((name, text) -> {
            simulatedEditorText = text;
            simulate(name, name, text, services);
        });
        // A simulation of the editor's text follows its edits (a parameter slider, say) once they validate.
        editor.setValidHandler((name, text) -> {
            if (simulatedEditorText != null && !simulatedEditorText.equals(text)) {
                simulatedEditorText = text;
                simulation.open(name, () -> services.simulations().load(name, text),
                        simulation.playingProperty().get());
            }
        });
        library.setDiscoverHandler(system -> discover(system.name(), system.id(), system.text()));
        editor.setDiscoverHandler((name, text) -> discover(name, name, text));
        this.session = new SessionViewModel(lastSession, discover, () -> page.set(Page.DISCOVER), services.tasks(),
                failures, this::show);
        library.setPresentHandler(this::present);
        // An animation nobody sees only costs power.
        page.addListener((obs, old, now) -> {
            if (now != Page.SIMULATE) {
                simulation.pause();
            }
        });
    }

    private void simulate(String title, String fileName, String text, AppServices services) {
        simulation.open(title, () -> services.simulations().load(fileName, text), true);
        page.set(Page.SIMULATE);
    }

    private void discover(String title, String fileName, String text) {
        discover.open(title, fileName, text);
        page.set(Page.DISCOVER);
    }

    /** Opens Teach mode for {@code system} (the view shows it full screen), ending one already open. */
    public void present(SystemSummary system) {
        closePresentation();
        simulation.pause();
        SimulationViewModel animation = new SimulationViewModel(services.tasks(), services.clock(),
                services.nanoTime(), failures, this::show);
        presentation.set(new PresentationViewModel(system, discover, animation, services.simulations(),
                services.tasks(), failures, this::show));
    }

    /** Leaves Teach mode, if it is open. */
    public void closePresentation() {
        PresentationViewModel open = presentation.get();
        if (open != null) {
            presentation.set(null);
            open.close();
        }
    }

    /** The open presentation, or null. */
    public ObjectProperty<PresentationViewModel> presentationProperty() {
        return presentation;
    }

    /** Loads what the first page shows. */
    public void start() {
        // The editor's first check starts Symja (seconds of CPU): only once the library is on screen.
        library.loadingProperty().addListener((obs, was, loading) -> {
            if (!loading && editor.textProperty().get().isEmpty()) {
                editor.newFile();
            }
        });
        library.load();
        session.start();
    }

    public SessionViewModel session() {
        return session;
    }

    public LibraryViewModel library() {
        return library;
    }

    public SimulationViewModel simulation() {
        return simulation;
    }

    public DiscoverViewModel discover() {
        return discover;
    }

    public EditorViewModel editor() {
        return editor;
    }

    public Failures failures() {
        return failures;
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ObjectProperty<UserMessage> messageProperty() {
        return message;
    }

    /** Shows a message in the banner (replacing any earlier one). */
    public void show(UserMessage newMessage) {
        message.set(newMessage);
    }

    public void dismissMessage() {
        message.set(null);
    }

    /** Reports an unexpected failure of {@code action} (logged, with the log file named). */
    public void reportFailure(String action, Throwable failure) {
        show(failures.describe(action, failure));
    }
}
