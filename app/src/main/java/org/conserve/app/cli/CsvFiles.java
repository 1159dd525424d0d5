package org.conserve.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.IntFunction;

/** Writes numeric tables as RFC 4180 CSV, atomically (a temporary file moved into place). */
final class CsvFiles {
    private CsvFiles() {
    }

    static void write(Path target, List<String> header, int rows, IntFunction<double[]> row) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        if (directory != null && !Files.isDirectory(directory)) {
            throw new UserInputException(target + ": the folder " + directory + " does not exist");
        }
        Path temporary = Files.createTempFile(directory, ".conserve-", ".csv.tmp");
        try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            writer.write(String.join(",", header.stream().map(CsvFiles::quote).toList()));
            writer.newLine();
            StringBuilder line = new StringBuilder();
            for (int r = 0; r < rows; r++) {
                line.setLength(0);
                double[] values = row.apply(r);
                for (int c = 0; c < values.length; c++) {
                    if (c > 0) {
                        line.append(',');
                    }
                    line.append(values[c]);
                }
                writer.write(line.toString());
                writer.newLine();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
