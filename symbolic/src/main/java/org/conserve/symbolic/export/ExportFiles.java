package org.conserve.symbolic.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the three symbolic export files of a discovery into one folder: {@code laws.tex}
 * ({@link LatexWriter}), {@code report.md} ({@link MarkdownWriter}) and {@code verify_laws.py}
 * ({@link SympyScriptWriter}), each atomically. Stateless.
 */
public final class ExportFiles {
    private ExportFiles() {
    }

    /** Writes the files into {@code folder} (created if missing); returns their paths. */
    public static List<Path> write(ExportInput input, Path folder) throws IOException {
        return List.of(LatexWriter.write(input, folder), MarkdownWriter.write(input, folder),
                SympyScriptWriter.write(input, folder));
    }
}
