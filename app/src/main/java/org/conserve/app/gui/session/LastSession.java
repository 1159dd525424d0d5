package org.conserve.app.gui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The session saved after each finished discovery, so it survives a crash or a closed window:
 * {@code <home>/last-session.conserve-session} (home is the log folder, {@code LogFiles.home()}, in the app). Each save
 * replaces the file atomically, so a crash during a save leaves the previous session whole. Not
 * thread-safe; used from the JavaFX thread.
 */
public final class LastSession {
    public static final String FILE_NAME = "last-session" + SessionCodec.EXTENSION;

    private final Path file;

    public LastSession(Path home) {
        this.file = home.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** Whether a session was saved (it may still turn out unreadable). */
    public boolean exists() {
        return Files.isRegularFile(file);
    }

    public void save(Session session) throws IOException {
        SessionCodec.write(session, file);
    }

    /** The saved session, empty when there is none; an unreadable file is reported and left in place. */
    public Optional<Session> load() throws SessionFileException {
        return exists() ? Optional.of(SessionCodec.read(file)) : Optional.empty();
    }
}
