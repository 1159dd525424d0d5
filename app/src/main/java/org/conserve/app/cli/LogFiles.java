package org.conserve.app.cli;

import java.nio.file.Path;

/** Where Conserve keeps its log: {@code $CONSERVE_HOME} or {@code ~/.conserve}. */
public final class LogFiles {
    private LogFiles() {
    }

    public static Path home() {
        String configured = System.getenv("CONSERVE_HOME");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".conserve");
    }

    public static Path logFile() {
        return home().resolve("conserve.log");
    }
}
