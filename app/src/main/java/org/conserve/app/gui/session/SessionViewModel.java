package org.conserve.app.gui.session;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import org.conserve.app.gui.Failures;
import org.conserve.app.gui.UserMessage;
import org.conserve.app.gui.discover.DiscoverResult;
import org.conserve.app.gui.discover.DiscoverViewModel;

/**
 * Keeps the last session: saves it after each finished (not stopped) discovery, offers it again on
 * start, and reopens its system and settings on the Discover page. A damaged last-session file is
 * reported and left as it is. Used from the JavaFX thread only.
 */
public final class SessionViewModel {
    /** Opens a system on the Discover page: title, file name, text. */
    public interface DiscoverOpener {
        void open(String title, String fileName, String text);
    }

    private final LastSession last;
    private final DiscoverViewModel discover;
    private final DiscoverOpener opener;
    private final Failures failures;
    private final java.util.function.Consumer<UserMessage> messages;
    private final ReadOnlyObjectWrapper<Session> restorable = new ReadOnlyObjectWrapper<>();

    public SessionViewModel(LastSession last, DiscoverViewModel discover, DiscoverOpener opener, Failures failures,
                            java.util.function.Consumer<UserMessage> messages) {
        this.last = last;
        this.discover = discover;
        this.opener = opener;
        this.failures = failures;
        this.messages = messages;
        discover.resultProperty().addListener((obs, old, result) -> {
            if (result != null && !result.partial()) {
                save(result);
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

    /** Reopens the last session's system and settings on the Discover page. */
    public void restore() {
        Session session = restorable.get();
        if (session == null) {
            return;
        }
        restorable.set(null);
        String title = session.report().path("system").asText(session.systemFileName());
        opener.open(title, session.systemFileName(), session.systemText());
        settings(discover).forEach((name, field) -> {
            String value = session.settings().get(name);
            if (value != null) {
                field.set(value);
            }
        });
        messages.accept(UserMessage.info("Restored the last session of " + title + " (saved in " + last.file()
                + "); press Run to discover again."));
    }

    public void dismiss() {
        restorable.set(null);
    }

    private void save(DiscoverResult result) {
        Map<String, String> values = new LinkedHashMap<>();
        settings(discover).forEach((name, field) -> values.put(name, field.get() == null ? "" : field.get()));
        try {
            last.save(SessionCapture.of(discover.systemFileName(), discover.systemText(), values, result));
        } catch (IOException | RuntimeException failure) {
            messages.accept(failures.describe("save the session to " + last.file(), failure));
        }
    }

    private static Map<String, StringProperty> settings(DiscoverViewModel discover) {
        Map<String, StringProperty> fields = new LinkedHashMap<>();
        fields.put("networks", discover.networksProperty());
        fields.put("lambda", discover.lambdaProperty());
        fields.put("samples", discover.samplesProperty());
        fields.put("adamSteps", discover.adamStepsProperty());
        fields.put("lbfgsSteps", discover.lbfgsStepsProperty());
        fields.put("seed", discover.seedProperty());
        return fields;
    }
}
