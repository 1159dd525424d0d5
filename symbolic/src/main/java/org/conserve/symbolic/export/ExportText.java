package org.conserve.symbolic.export;

import java.util.List;
import java.util.Locale;

import org.conserve.symbolic.file.Parameter;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemKind;
import org.conserve.symbolic.proof.ProofStatus;

/** Wording shared by the export writers. Stateless. */
final class ExportText {
    private ExportText() {
    }

    /** The label of the law at {@code index} (0-based): I1, I2, ... */
    static String label(int index) {
        return "I" + (index + 1);
    }

    static boolean isPde(SystemDefinition definition) {
        return definition.kind() == SystemKind.PDE;
    }

    /** "proved", "numeric only (residual 1.2e-09)" or "refuted". */
    static String status(ExportedLaw law) {
        return switch (law.status()) {
            case PROVED -> "proved";
            case NUMERIC -> "numeric only (residual " + number(law.residual()) + ")";
            case REFUTED -> "refuted";
        };
    }

    /** A measured number in three significant digits, the same on every machine. */
    static String number(double value) {
        return value == 0 ? "0" : String.format(Locale.ROOT, "%.3g", value);
    }

    /** An interval end as the file would write it: -20, not -20.0. */
    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /** "w = 2, k = 8/3" in the file's names and exact values, "" without parameters. */
    static String parameters(SystemDefinition definition) {
        return String.join(", ", definition.parameters().stream().map(ExportText::parameter).toList());
    }

    private static String parameter(Parameter parameter) {
        return parameter.name() + " = " + parameter.value().value();
    }

    /** The counted laws, e.g. "3 of 4 laws are counted as functionally independent". */
    static String counted(List<ExportedLaw> laws) {
        long independent = laws.stream().filter(ExportedLaw::independent).count();
        return independent + " of " + laws.size() + (laws.size() == 1 ? " law is" : " laws are")
                + " counted as functionally independent";
    }

    /** "k of n explained" when both stages ran, else how many of the laws are proved. */
    static String explained(ExportInput input) {
        if (input.agreement().isPresent()) {
            return input.agreement().get().describe();
        }
        long proved = input.count(ProofStatus.PROVED);
        return proved + " of " + input.laws().size() + (input.laws().size() == 1 ? " law" : " laws") + " proved";
    }
}
