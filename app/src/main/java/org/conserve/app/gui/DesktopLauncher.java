package org.conserve.app.gui;

import java.io.PrintStream;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;

/**
 * Opens the desktop window and waits until it is closed. A machine without a display gets a message
 * with what to do instead, not a stack trace.
 */
public final class DesktopLauncher {
    /**
     * JavaFX warns on every start that it was loaded from the class path; that is how Conserve ships
     * (one class path for the command line and the window), so the warning is noise. Held here because
     * java.util.logging keeps loggers only weakly.
     */
    private static final Logger JAVAFX_PLATFORM = Logger.getLogger("javafx");

    private DesktopLauncher() {
    }

    /** Runs the app; returns the process exit code (0 after a normal close, 1 when no window could open). */
    public static int run(PrintStream err) {
        JAVAFX_PLATFORM.setLevel(Level.SEVERE);
        try {
            Application.launch(ConserveApp.class);
            return 0;
        } catch (RuntimeException | LinkageError failure) {
            Failures failures = Failures.standard();
            failures.log(failure);
            err.println("conserve: cannot open the desktop window (" + failure.getMessage() + ").");
            err.println("On a machine without a display, use the command line: ./conserve --help");
            err.println("Details are in " + failures.logFile() + ".");
            return 1;
        }
    }
}
