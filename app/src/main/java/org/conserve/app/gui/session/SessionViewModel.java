package org.conserve.app.gui.session;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.conserve.app.gui.Failures;
import org.conserve.app.gui.UserMessage;
import org.conserve.app.gui.discover.DiscoverResult;
import org.conserve.app.gui.discover.DiscoverViewModel;
import org.conserve.app.gui.export.FolderMemory;
import org.conserve.app.gui.task.TaskRunner;

/**
 * Sessions: Save session (to the file the session came from or was last saved to), Save session as…,
 * Open session… with a dialog that starts in the folder used last, and the last session kept after each
 * finished discovery and offered again on start. Reopening shows the system, its settings and, when the
 * session holds one, the result exactly as it was (count, spectrum, laws, losses, trained networks)
 * without training. Files are read and written on a worker; an unreadable file is reported, naming it,
 * and left as it is. Used from the JavaFX thread only; testable without a toolkit.
 */
public final class SessionViewModel {
    private final LastSession last;
    private final DiscoverViewModel discover;
    private final Runnable showDiscoverPage;
    private final TaskRunner tasks;
    private final Failures failures;
    private final Consumer<UserMessage> messages;
    private final ReadOnlyObjectWrapper<Session> restorable = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private FolderMemory folders = FolderMemory.preferences(
            java.util.prefs.Preferences.userRoot().node("org/conserve/app"), "sessionFolder");
    private SessionChooser chooser;
    private boolean reopening;

    /**
     * @param showDiscoverPage brings the Discover page to the front, where a reopened session is shown
     */
    public SessionViewModel(LastSession last, DiscoverViewModel discover, Runnable showDiscoverPage, TaskRunner tasks,
                            Failures failures, Consumer<UserMessage> messages) {
        this.last = last;
        this.discover = discover;
        this.showDiscoverPage = showDiscoverPage;
        this.tasks = tasks;
        this.failures = failures;
        this.messages = messages;
        discover.resultProperty().addListener((obs, old, result) -> {
            if (result != null && !result.partial() && !reopening) {
                keepAsLast(result);
            }
        });
        // Another system on the Discover page is another session: Save must not overwrite this one's file.
        discover.titleProperty().addListener((obs, old, now) -> {
            if (!reopening) {
                file.set(null);
            }
        });
    }

    /** Looks for the last session and offers it (a banner) when there is one. */
    public void start() {
        try {
            Optional<Session> session = last.load();
            restorable.set(session.orElse(null));
        } catch (SessionFileException unreadable) {
            messages.accept(UserMessage.error(unreadable.getMessage() + ".",
                    "The file was left as it is; the next finished discovery replaces it."));
        }
    }

    /** The session that "Restore last session" would reopen (null when none). */
    public ReadOnlyObjectProperty<Session> restorableProperty() {
        return restorable.getReadOnlyProperty();
    }

    /** Reopens the last session: its system, settings and result. */
    public void restore() {
        Session session = restorable.get();
        if (session == null) {
            return;
        }
        restorable.set(null);
        show(session, "the last session");
        file.set(null); // Save asks where: the last session's file is replaced by the next discovery
        messages.accept(UserMessage.info("Restored the last session of " + session.title() + " (saved in "
                + last.file() + ")" + (session.result().isPresent() ? "." : "; press Run to discover again.")));
    }

    public void dismiss() {
        restorable.set(null);
    }

    /** Saves to the session's file; asks with {@code dialog} (like Save as…) when there is none yet. */
    public void save(SessionChooser dialog) {
        Path target = file.get();
        if (target == null) {
            saveAs(dialog);
        } else {
            saveTo(target);
        }
    }

    /**
     * Asks where to save with {@code dialog} (unless {@link #useChooser} gave another), starting in the
     * folder used last, and saves there.
     */
    public void saveAs(SessionChooser dialog) {
        if (busy.get() || current().isEmpty()) {
            return;
        }
        String stem = discover.systemFileName().replaceFirst("\\.[^.]*$", "");
        chooser(dialog).chooseToSave(folders.last(), (stem.isEmpty() ? "session" : stem) + SessionCodec.EXTENSION)
                .ifPresent(this::saveTo);
    }

    /** Writes the shown system, settings and result to {@code path} atomically, on a worker. */
    public void saveTo(Path path) {
        if (busy.get()) {
            return;
        }
        Optional<Session> session = current();
        if (session.isEmpty()) {
            return;
        }
        busy.set(true);
        tasks.run("save the session " + path.getFileName(), context -> {
            SessionCodec.write(session.get(), path);
            return path;
        }, saved -> {
            busy.set(false);
            file.set(saved);
            remember(saved);
            messages.accept(UserMessage.info("Saved the session to " + saved + "."));
        }, failure -> {
            busy.set(false);
            messages.accept(failures.describe("save the session to " + path, failure));
        });
    }

    /** Asks for a session file with {@code dialog}, starting in the folder used last, and opens it. */
    public void open(SessionChooser dialog) {
        if (!busy.get()) {
            chooser(dialog).chooseToOpen(folders.last()).ifPresent(this::openFrom);
        }
    }

    /** Reads {@code path} on a worker and shows it; a file that is not a readable session is left as it is. */
    public void openFrom(Path path) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        tasks.run("open the session " + path.getFileName(), context -> SessionCodec.read(path), session -> {
            busy.set(false);
            remember(path);
            show(session, "the session file " + path.getFileName());
            file.set(path);
            messages.accept(UserMessage.info("Opened the session " + path + (session.result().isPresent()
                    ? "." : " (it holds no result; press Run to discover).")));
        }, failure -> {
            busy.set(false);
            messages.accept(failure instanceof SessionFileException unreadable
                    ? UserMessage.error("Could not open the session: " + unreadable.getMessage() + ".",
                            "The file was left as it is; choose a file saved with Save session.")
                    : failures.describe("open the session " + path, failure));
        });
    }

    /** The session file Save writes to: the one last opened or saved for the shown system (null: none). */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    /** True while a session file is read or written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Replaces the view's file dialogs (tests). */
    public void useChooser(SessionChooser replacement) {
        chooser = replacement;
    }

    /** Replaces where the last folder is remembered. */
    public void useMemory(FolderMemory replacement) {
        folders = replacement;
    }

    private SessionChooser chooser(SessionChooser dialog) {
        return chooser != null ? chooser : dialog;
    }

    private void remember(Path path) {
        Path folder = path.toAbsolutePath().getParent();
        if (folder != null) {
            folders.remember(folder);
        }
    }

    private void show(Session session, String origin) {
        reopening = true;
        try {
            if (session.result().isPresent()) {
                SessionResult saved = session.result().get();
                discover.showSaved(session.title(), session.systemFileName(), session.systemText(),
                        saved.discovery(), saved.losses(), saved.seconds(), origin);
            } else {
                discover.open(session.title(), session.systemFileName(), session.systemText());
            }
            showDiscoverPage.run();
            settings(discover).forEach((name, field) -> {
                String value = session.settings().get(name);
                if (value != null) {
                    field.set(value);
                }
            });
        } finally {
            reopening = false;
        }
    }

    /** The shown system, settings and (finished or stopped) result; empty, with a message, when there is none. */
    private Optional<Session> current() {
        if (discover.systemText().isEmpty()) {
            messages.accept(UserMessage.error("There is no session to save yet.",
                    "Open a system on the Discover page (from the library or the editor), then save."));
            return Optional.empty();
        }
        if (discover.runningProperty().get()) {
            messages.accept(UserMessage.error("A discovery is running: its result is not ready to save.",
                    "Wait for it to finish, or Cancel it to keep the partial result, then save."));
            return Optional.empty();
        }
        DiscoverResult result = discover.resultProperty().get();
        try {
            if (result == null) {
                return Optional.of(new Session(discover.systemFileName(), discover.systemText(), values(),
                        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                                .put("system", discover.titleProperty().get()), Optional.empty()));
            }
            return Optional.of(SessionCapture.of(discover.systemFileName(), discover.systemText(), values(), result,
                    discover.losses(), discover.resultSeconds().orElse(result.neural().seconds())));
        } catch (RuntimeException failure) {
            messages.accept(failures.describe("prepare the session", failure));
            return Optional.empty();
        }
    }

    private void keepAsLast(DiscoverResult result) {
        Session session;
        try {
            session = SessionCapture.of(discover.systemFileName(), discover.systemText(), values(), result,
                    discover.losses(), discover.resultSeconds().orElse(result.neural().seconds()));
        } catch (RuntimeException failure) {
            messages.accept(failures.describe("keep the session", failure));
            return;
        }
        tasks.run("keep the last session", context -> {
            last.save(session);
            return last.file();
        }, saved -> { }, failure -> messages.accept(failures.describe("save the session to " + last.file(),
                failure)));
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        settings(discover).forEach((name, field) -> values.put(name, field.get() == null ? "" : field.get()));
        return values;
    }

    private static Map<String, StringProperty> settings(DiscoverViewModel discover) {
        Map<String, StringProperty> fields = new LinkedHashMap<>();
        fields.put("networks", discover.networksProperty());
        fields.put("lambda", discover.lambdaProperty());
        fields.put("samples", discover.samplesProperty());
        fields.put("adamSteps", discover.adamStepsProperty());
        fields.put("lbfgsSteps", discover.lbfgsStepsProperty());
        fields.put("seed", discover.seedProperty());
        fields.put("degree", discover.degreeProperty());
        fields.put("bias", discover.biasProperty());
        return fields;
    }
}
