package org.conserve.app.gui.export;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for a folder; empty when they cancel. Tests answer without a native dialog. */
@FunctionalInterface
public interface FolderChooser {
    Optional<Path> choose(Optional<Path> initial);
}
