package org.conserve.app;

import javafx.application.Application;
import org.conserve.app.cli.ConserveCommand;
import org.conserve.app.gui.ConserveApp;

/**
 * Entry point of {@code ./conserve}. With no arguments it opens the desktop app; with arguments it runs
 * the command line. The process always ends with {@link System#exit} because Symja keeps non-daemon
 * threads alive. This class is not the {@link Application} itself: JavaFX started from the class path
 * needs a plain main class.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(ConserveApp.class);
            System.exit(0);
        }
        System.exit(ConserveCommand.run(args));
    }
}
