package org.conserve.symbolic.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.conserve.symbolic.expr.SymbolTable;
import org.conserve.symbolic.file.Sampling;
import org.conserve.symbolic.file.SystemDefinition;

/**
 * Writes {@code report.md}: the system and its equations, the neural count and its spectrum when
 * given, the laws with status and residual, how many of the neural laws they explain, and the basis
 * searched. Formulas are in Symja's input form with the file's names, in code spans. Stateless.
 */
public final class MarkdownWriter {
    /** The file name in an export folder. */
    public static final String FILE_NAME = "report.md";

    private MarkdownWriter() {
    }

    /** Writes the report to {@code folder}/report.md, atomically; returns its path. */
    public static Path write(ExportInput input, Path folder) throws IOException {
        return AtomicFiles.write(folder.resolve(FILE_NAME), text(input));
    }

    /** The report. */
    public static String text(ExportInput input) {
        SystemDefinition definition = input.definition();
        SymbolTable symbols = definition.symbols();
        boolean pde = ExportText.isPde(definition);
        StringBuilder md = new StringBuilder();
        md.append("# Conservation laws of ").append(escape(definition.name())).append("\n\n");
        if (!definition.description().isBlank()) {
            md.append(escape(definition.description().strip())).append("\n\n");
        }
        md.append("Source: `").append(definition.file()).append("` (").append(pde ? "PDE" : "ODE").append(", ")
                .append(definition.dimension()).append(pde ? " field" : " variable")
                .append(definition.dimension() == 1 ? "" : "s").append(")\n\n");

        md.append("## System\n\n");
        md.append(pde ? "Fields: " : "Variables: ").append(code(String.join(", ", definition.coordinates())));
        definition.space().ifPresent(space -> md.append(", periodic in x on [").append(ExportText.plain(space.x().min()))
                .append(", ").append(ExportText.plain(space.x().max())).append(")"));
        md.append("\n\n");
        if (!definition.parameters().isEmpty()) {
            md.append("Parameters: ").append(code(ExportText.parameters(definition))).append("\n\n");
        }
        for (int i = 0; i < definition.dimension(); i++) {
            String name = definition.coordinates().get(i);
            md.append("- ").append(code((pde ? name + "_t" : "d" + name + "/dt") + " = "
                    + LawForms.symja(definition.equations().get(i).parametric(), symbols))).append('\n');
        }
        if (definition.sampling() instanceof Sampling.Box box && box.where().isPresent()) {
            md.append("\nSampled where ").append(code(LawForms.symja(box.where().get().parametric(), symbols))).append('\n');
        }
        md.append('\n');

        input.neural().ifPresent(neural -> {
            md.append("## Neural count\n\n");
            md.append("The networks find **").append(neural.count()).append("** independent conserved ")
                    .append(neural.count() == 1 ? "quantity" : "quantities")
                    .append(" (confidence ").append(ExportText.number(neural.confidence())).append(").\n\n");
            if (!neural.explainedRatios().isEmpty()) {
                md.append("| network | explained ratio |\n|---:|---:|\n");
                List<Double> ratios = neural.explainedRatios();
                for (int i = 0; i < ratios.size(); i++) {
                    md.append("| ").append(i + 1).append(" | ").append(ExportText.number(ratios.get(i))).append(" |\n");
                }
                md.append('\n');
            }
        });

        md.append("## ").append(pde ? "Conserved densities" : "Conserved quantities").append("\n\n");
        if (input.laws().isEmpty()) {
            md.append("No law was found in the searched basis.\n\n");
        } else {
            md.append("| # | ").append(pde ? "density h" : "law").append(" | status | residual | counted |\n")
                    .append("|---|---|---|---:|---|\n");
            for (int i = 0; i < input.laws().size(); i++) {
                ExportedLaw law = input.laws().get(i);
                md.append("| ").append(ExportText.label(i)).append(" | ")
                        .append(code(LawForms.symja(law.expression(), symbols))).append(" | ")
                        .append(law.status().name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
                        .append(ExportText.number(law.residual())).append(" | ")
                        .append(law.independent() ? "yes" : "no (dependent)").append(" |\n");
            }
            md.append('\n').append(ExportText.counted(input.laws())).append(".\n\n");
        }
        md.append("**").append(ExportText.explained(input)).append("**\n\n");
        input.neural().filter(neural -> !neural.caution().isBlank())
                .ifPresent(neural -> md.append("Caution: ").append(escape(neural.caution())).append(".\n\n"));

        md.append("## Basis searched\n\n");
        md.append("Method: ").append(code(input.method())).append(input.note().isBlank() ? "" : "; " + escape(input.note()))
                .append("\n\n");
        if (input.basis().isEmpty()) {
            md.append("(no candidates)\n");
        } else {
            md.append(input.basis().size()).append(input.basis().size() == 1 ? " candidate" : " candidates").append(": ")
                    .append(String.join(", ", input.basis().stream().map(MarkdownWriter::code).toList())).append('\n');
        }
        return md.toString();
    }

    /** A code span: the text between enough backticks, on one line. */
    private static String code(String text) {
        String line = text.replaceAll("\\s*[\\r\\n]+\\s*", "");
        String fence = line.contains("`") ? "`` " : "`";
        return fence + line + (fence.length() > 1 ? " ``" : "`");
    }

    /** Plain text with the characters that Markdown would read as markup escaped. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1").replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
