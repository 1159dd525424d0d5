package org.conserve.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.conserve.examples.BuiltInSystem;
import org.conserve.examples.Catalogue;
import org.conserve.examples.SystemKind;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code conserve list}: the built-in systems, by kind. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the built-in systems; any command accepts their names in place of a file.")
final class ListCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (SystemKind kind : SystemKind.values()) {
            out.println(kind == SystemKind.ODE ? "Ordinary differential equations:" : "Partial differential equations:");
            for (BuiltInSystem system : Catalogue.list(kind)) {
                out.println("  " + system.id());
            }
        }
        return ConserveCommand.OK;
    }
}
