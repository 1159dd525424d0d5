package org.conserve.app.gui.discover;

/** A setting that does not fit the system (found once the file is read); its message is for the user. */
final class DiscoverSettingsException extends RuntimeException {
    DiscoverSettingsException(String message) {
        super(message);
    }
}
