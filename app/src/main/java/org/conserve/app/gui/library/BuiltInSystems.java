package org.conserve.app.gui.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.conserve.examples.BuiltInSystem;
import org.conserve.examples.Catalogue;

/** The built-in systems of the examples module's {@link Catalogue}, in its teaching order. */
public final class BuiltInSystems implements SystemSource {

    private BuiltInSystems() {
    }

    public static BuiltInSystems standard() {
        return new BuiltInSystems();
    }

    @Override
    public Loaded load() {
        List<SystemSummary> systems = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (BuiltInSystem builtIn : Catalogue.list()) {
            try {
                systems.add(SystemSummaries.read(builtIn.fileName(), builtIn.text()));
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                unreadable.add(builtIn.fileName() + ": " + firstLine(e.getMessage()));
            }
        }
        return new Loaded(systems, unreadable);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
