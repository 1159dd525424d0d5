package org.conserve.app.gui.library;

import java.io.IOException;
import java.util.List;

/** Where the library's systems come from. Called off the UI thread. */
@FunctionalInterface
public interface SystemSource {

    Loaded load() throws IOException;

    /**
     * @param systems    the systems that could be read, sorted by kind then name
     * @param unreadable one line per file that could not be read, naming it and why
     */
    record Loaded(List<SystemSummary> systems, List<String> unreadable) {
        public Loaded {
            systems = List.copyOf(systems);
            unreadable = List.copyOf(unreadable);
        }
    }
}
