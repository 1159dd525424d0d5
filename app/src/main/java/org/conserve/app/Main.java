package org.conserve.app;

import org.conserve.app.cli.ConserveCommand;

/**
 * Entry point of {@code ./conserve}. With arguments it runs the command line; the process always ends
 * with {@link System#exit} because Symja keeps non-daemon threads alive.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(ConserveCommand.run(args));
    }
}
