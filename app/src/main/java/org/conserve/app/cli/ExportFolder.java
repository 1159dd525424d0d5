package org.conserve.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.conserve.app.report.DiscoveryReport;
import org.conserve.app.report.JsonReport;
import org.conserve.symbolic.export.ExportFiles;
import org.conserve.symbolic.export.ExportInput;
import org.conserve.symbolic.export.NeuralSummary;
import org.conserve.symbolic.file.SystemDefinition;

/**
 * {@code conserve discover --export DIR}: the JSON report and, when the symbolic search ran, the
 * LaTeX document, the Markdown report and the SymPy script that re-proves the laws. Stateless.
 */
public final class ExportFolder {
    static final String JSON_NAME = "report.json";

    private ExportFolder() {
    }

    /** Refuses a folder that is an existing file, before any work is done. */
    public static void check(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UserInputException("--export " + folder + " is a file; give a folder (it is created if missing)");
        }
    }

    /** Writes the files into {@code folder} (created if missing); returns their paths. */
    public static List<Path> write(DiscoveryReport report, SystemDefinition definition, Path folder) throws IOException {
        check(folder);
        List<Path> written = new ArrayList<>();
        Path json = folder.resolve(JSON_NAME);
        JsonReport.write(report, json);
        written.add(json);
        if (report.symbolic().isPresent()) {
            ExportInput input = ExportInput.of(definition, report.symbolic().get(),
                    report.neural().map(n -> NeuralSummary.of(n.count(), n.confidence(), n.explainedRatios())
                            .withCaution(report.caution().orElse(""))),
                    report.agreement());
            written.addAll(ExportFiles.write(input, folder));
        }
        return written;
    }
}
