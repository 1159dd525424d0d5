package org.conserve.app.gui.session;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for a session file to open or to save to; empty when they cancel. Tests answer directly. */
public interface SessionChooser {

    /** A session file to open, the dialog starting in {@code folder} when given. */
    Optional<Path> chooseToOpen(Optional<Path> folder);

    /** Where to save a session, the dialog starting in {@code folder} with {@code suggestedName}. */
    Optional<Path> chooseToSave(Optional<Path> folder, String suggestedName);
}
