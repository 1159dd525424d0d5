package org.conserve.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.conserve.engine.system.Interval;
import org.conserve.symbolic.expr.DeclaredSymbol;
import org.conserve.symbolic.expr.ParsedExpression;
import org.conserve.symbolic.file.Parameter;
import org.conserve.symbolic.file.Sampling;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemKind;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code conserve check FILE}: validates a system file and prints what it describes. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validates a system file and prints a summary of it.",
                "An invalid file prints FILE:LINE:COLUMN: message lines on stderr and exits with 2."})
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "a system file (.yaml), or the name of a built-in system")
    private String file;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        SystemDefinition system = SystemArgument.read(file);
        PrintWriter out = spec.commandLine().getOut();
        printSummary(system, out);
        return ConserveCommand.OK;
    }

    static void printSummary(SystemDefinition system, PrintWriter out) {
        boolean ode = system.kind() == SystemKind.ODE;
        out.println(system.file() + ": valid");
        out.println("  name:        " + system.name());
        if (!system.description().isBlank()) {
            out.println("  description: " + system.description());
        }
        out.println("  kind:        " + (ode ? "ODE" : "PDE (1D, periodic)"));
        out.println("  dimension:   " + system.dimension() + (ode ? " variables" : " fields"));
        out.println("  " + (ode ? "variables:   " : "fields:      ") + String.join(", ", system.coordinates()));
        out.println("  parameters:  " + (system.parameters().isEmpty() ? "none" : String.join(", ",
                system.parameters().stream().map(CheckCommand::describe).toList())));
        out.println("  equations:");
        for (int i = 0; i < system.dimension(); i++) {
            String lhs = ode ? "d" + system.coordinates().get(i) + "/dt" : system.coordinates().get(i) + "_t";
            out.println("    " + lhs + " = " + system.equations().get(i).source());
        }
        if (system.sampling() instanceof Sampling.Box box) {
            out.println("  sampling box:");
            for (int i = 0; i < box.ranges().size(); i++) {
                Interval range = box.ranges().get(i);
                out.println("    " + system.coordinates().get(i) + " in [" + range.min() + ", " + range.max() + "]");
            }
            box.where().ifPresent(where -> out.println("    where " + where.source()));
        } else if (system.sampling() instanceof Sampling.States states) {
            system.space().ifPresent(space -> out.println("  space:       x in [" + space.x().min() + ", "
                    + space.x().max() + "), " + space.points() + " points, periodic"));
            out.println("  density of:  " + String.join(", ", system.density().stream().map(DeclaredSymbol::name).toList()));
            out.println("  sampling:    " + states.states() + " random states of " + states.modes()
                    + " Fourier modes, amplitude " + states.amplitude());
        }
        List<ParsedExpression> laws = system.expected().laws();
        if (system.expected().count().isPresent() || !laws.isEmpty()) {
            out.println("  expected:    " + system.expected().count().stream()
                    .mapToObj(count -> count + " independent law" + (count == 1 ? "" : "s")).findFirst().orElse("laws"));
            for (ParsedExpression law : laws) {
                out.println("    " + law.source());
            }
        }
    }

    private static String describe(Parameter parameter) {
        return parameter.name() + " = " + parameter.value().value();
    }
}
