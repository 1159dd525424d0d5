package org.conserve.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoverExportTest {
    private static final String PYTHON = "/usr/bin/python3";

    private static int conserve(StringWriter err, String... args) {
        return ConserveCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    }

    @Test
    void exportsTheJsonReportAndTheThreeFilesForKdv(@TempDir Path folder) throws Exception {
        Path target = folder.resolve("kdv-export");
        StringWriter err = new StringWriter();
        // a token neural stage (4 states, 10 Adam steps): this test is about the export of the proved densities
        assertEquals(0, conserve(err, "discover", "kdv", "--samples", "4", "--adam", "10", "--lbfgs", "0",
                "--export", target.toString()), err.toString());
        assertTrue(err.toString().contains("exported 4 files to " + target), err.toString());
        JsonNode report = new ObjectMapper().readTree(target.resolve("report.json").toFile());
        assertEquals(3, report.get("symbolic").get("laws").size());
        String markdown = Files.readString(target.resolve("report.md"));
        assertTrue(markdown.contains("| I3 | `u^3+u_x^2/2` | proved |"), markdown);
        assertTrue(Files.readString(target.resolve("laws.tex")).contains("\\partial_t u &="));

        assumeTrue(sympyPresent(), "/usr/bin/python3 with SymPy is not available");
        Process script = new ProcessBuilder(PYTHON, "verify_laws.py").directory(target.toFile())
                .redirectErrorStream(true).redirectOutput(folder.resolve("script.log").toFile()).start();
        assertTrue(script.waitFor(60, TimeUnit.SECONDS), "verify_laws.py did not finish");
        String output = Files.readString(folder.resolve("script.log"), StandardCharsets.UTF_8);
        assertEquals(0, script.exitValue(), output);
        assertTrue(output.contains("3 of 3 proved laws re-proved by SymPy"), output);
    }

    @Test
    void refusesAnExportFolderThatIsAFileBeforeAnyWork(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("taken"), "x");
        StringWriter err = new StringWriter();
        assertEquals(2, conserve(err, "discover", "kdv", "--export", file.toString()));
        assertTrue(err.toString().contains("--export " + file + " is a file"), err.toString());
        assertFalse(err.toString().contains("density search"), err.toString());
    }

    private static boolean sympyPresent() throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            return false;
        }
        Process check = new ProcessBuilder(PYTHON, "-c", "import sympy").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return check.waitFor(30, TimeUnit.SECONDS) && check.exitValue() == 0;
    }
}
