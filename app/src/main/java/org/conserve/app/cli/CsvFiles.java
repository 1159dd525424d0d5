package org.conserve.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

import org.conserve.symbolic.export.AtomicFiles;

/** Writes numeric tables as RFC 4180 CSV, atomically ({@link AtomicFiles}). */
final class CsvFiles {
    private CsvFiles() {
    }

    static void write(Path target, List<String> header, int rows, IntFunction<double[]> row) throws IOException {
        requireFolder(target);
        StringBuilder text = new StringBuilder();
        text.append(String.join(",", header.stream().map(CsvFiles::quote).toList())).append('\n');
        for (int r = 0; r < rows; r++) {
            double[] values = row.apply(r);
            for (int c = 0; c < values.length; c++) {
                if (c > 0) {
                    text.append(',');
                }
                text.append(values[c]);
            }
            text.append('\n');
        }
        AtomicFiles.write(target, text.toString());
    }

    /** Refuses a target whose folder does not exist (a CSV never creates folders). */
    static void requireFolder(Path target) {
        Path directory = target.toAbsolutePath().getParent();
        if (directory != null && !Files.isDirectory(directory)) {
            throw new UserInputException(target + ": the folder " + directory + " does not exist");
        }
    }

    /** {@code run.csv} with suffix {@code -fields} is {@code run-fields.csv}. */
    static Path sibling(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String sibling = dot > 0 ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix;
        return file.resolveSibling(sibling);
    }

    private static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
