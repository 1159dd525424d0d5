package org.conserve.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.conserve.examples.BuiltInSystem;
import org.conserve.examples.Catalogue;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;

/**
 * Resolves a command's FILE argument: a path to a system file, or the name of a built-in system
 * ({@code kepler-2d}, {@code kepler-2d.yaml}).
 */
final class SystemArgument {
    private SystemArgument() {
    }

    static SystemDefinition read(String argument) {
        Path path = Path.of(argument);
        if (Files.exists(path)) {
            return SystemFiles.read(path);
        }
        BuiltInSystem builtIn = Catalogue.find(argument).orElseThrow(() -> new UserInputException(
                argument + ": no such file, and no built-in system of that name; built-in systems: "
                        + Catalogue.list().stream().map(BuiltInSystem::id).collect(Collectors.joining(", "))));
        return SystemFiles.parse(builtIn.fileName(), builtIn.text());
    }
}
