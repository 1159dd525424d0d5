package org.conserve.app.gui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.conserve.app.gui.editor.EditorViewModel;
import org.conserve.app.gui.editor.SystemFileStore;
import org.conserve.app.gui.editor.SystemValidator;
import org.conserve.app.gui.library.LibraryViewModel;
import org.conserve.app.gui.library.SystemSource;
import org.conserve.app.gui.task.TaskRunner;

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

    public MainViewModel(SystemSource builtIns, SystemValidator validator, TaskRunner tasks, Failures failures) {
        this.failures = failures;
        this.library = new LibraryViewModel(builtIns, tasks, failures, this::show);
        this.editor = new EditorViewModel(tasks, validator, new SystemFileStore(), failures, this::show);
        library.setOpenHandler(system -> {
            editor.openBuiltIn(system);
            page.set(Page.EDITOR);
        });
    }

    /** Loads what the first page shows. */
    public void start() {
        library.load();
        editor.newFile();
    }

    public LibraryViewModel library() {
        return library;
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
