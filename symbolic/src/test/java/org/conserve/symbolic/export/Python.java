package org.conserve.symbolic.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs /usr/bin/python3 for the tests that need SymPy; such a test is skipped where SymPy is missing. */
final class Python {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final long LIMIT_SECONDS = 60;
    private static Boolean sympyPresent;

    private Python() {
    }

    /** Skips the calling test unless /usr/bin/python3 can import sympy. */
    static synchronized void assumeSympy() {
        if (sympyPresent == null) {
            try {
                sympyPresent = Files.isExecutable(PYTHON) && run(null, "-c", "import sympy").exitCode() == 0;
            } catch (IOException e) {
                sympyPresent = false;
            }
        }
        assumeTrue(sympyPresent, "/usr/bin/python3 with SymPy is not available");
    }

    /** Runs python3 with {@code arguments} in {@code folder} (null: the current one). */
    static Result run(Path folder, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString()));
        command.addAll(List.of(arguments));
        // Output goes to a file, so that a chatty script can never block on a full pipe.
        Path log = Files.createTempFile("conserve-python", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (folder != null) {
            builder.directory(folder.toFile());
        }
        Process process = builder.start();
        try {
            if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("python3 " + arguments[0] + " did not finish within " + LIMIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Result(process.exitValue(), output);
    }

    record Result(int exitCode, String output) {
    }
}
