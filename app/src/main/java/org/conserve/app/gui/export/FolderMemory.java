package org.conserve.app.gui.export;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/** The folder the last export went to, remembered across runs. */
public interface FolderMemory {
    /** The remembered folder, when one was remembered and still exists. */
    Optional<Path> last();

    void remember(Path folder);

    /** The user's Conserve preferences. */
    static FolderMemory standard() {
        return preferences(Preferences.userRoot().node("org/conserve/app"));
    }

    /** Remembers under the key {@code exportFolder} of {@code node}; tests give their own node. */
    static FolderMemory preferences(Preferences node) {
        return preferences(node, "exportFolder");
    }

    /** Remembers under {@code key} of {@code node} (each dialog its own key). */
    static FolderMemory preferences(Preferences node, String key) {
        return new FolderMemory() {
            @Override
            public Optional<Path> last() {
                String stored = node.get(key, null);
                if (stored == null) {
                    return Optional.empty();
                }
                try {
                    Path folder = Path.of(stored);
                    return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
                } catch (InvalidPathException notAPath) {
                    return Optional.empty();
                }
            }

            @Override
            public void remember(Path folder) {
                node.put(key, folder.toAbsolutePath().toString());
            }
        };
    }
}
