package org.conserve.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract: outputs, files and exit codes (0 success, 2 bad input). */
class CommandLineTest {
    @TempDir
    Path folder;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ConserveCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheCommands() {
        Result result = run("--help");
        assertEquals(0, result.code());
        for (String command : List.of("check", "simulate", "list")) {
            assertTrue(result.out().contains(command), result.out());
        }
    }

    @Test
    void checkSummarisesAValidFile() {
        Result result = run("check", "kepler-2d");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("dimension:   4 variables"), result.out());
        assertTrue(result.out().contains("variables:   x, y, px, py"), result.out());
        assertTrue(result.out().contains("3 independent laws"), result.out());
    }

    @Test
    void checkReportsEveryProblemWithItsPositionAndExitsWithTwo() throws IOException {
        Path file = folder.resolve("broken.yaml");
        Files.writeString(file, String.join("\n",
                "name: broken",
                "kind: ode",
                "variables: [x, p]",
                "equations:",
                "  x: p",
                "  p: -x + q",
                "sampling:",
                "  box: {x: [1, -1], p: [-1, 1]}",
                ""));
        Result result = run("check", file.toString());
        assertEquals(2, result.code());
        assertTrue(result.err().contains(file + ":6:11: "), result.err());
        assertTrue(result.err().contains(file + ":8:12: "), result.err());
        assertTrue(!result.err().contains("Exception"), "no stack trace for a user mistake: " + result.err());
    }

    @Test
    void aMissingFileIsBadInput() {
        Result result = run("check", folder.resolve("nothing.yaml").toString());
        assertEquals(2, result.code());
        assertTrue(result.err().contains("no such file"), result.err());
    }

    @Test
    void anUnknownOptionIsBadInput() {
        Result result = run("simulate", "kepler-2d", "--tt", "3");
        assertEquals(2, result.code());
        assertTrue(result.err().contains("--tt"), result.err());
    }

    @Test
    void simulateWritesTimeVariablesAndLawsAsCsv() throws IOException {
        Path csv = folder.resolve("kepler.csv");
        Result result = run("simulate", "kepler-2d", "--t", "2", "--steps", "20", "--csv", csv.toString());
        assertEquals(0, result.code(), result.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(21 + 1, lines.size());
        assertTrue(lines.get(0).startsWith("t,x,y,px,py,(px^2 + py^2)/2 - 1/Sqrt(x^2 + y^2),x*py - y*px,"), lines.get(0));
        String[] first = lines.get(1).split(",");
        String[] last = lines.get(21).split(",");
        assertEquals(2.0, Double.parseDouble(last[0]), 1e-12);
        // The energy (column 6) is the same at both ends to integration accuracy.
        assertEquals(Double.parseDouble(first[5]), Double.parseDouble(last[5]), 1e-9);
    }

    @Test
    void simulateTakesAnInitialStateAndRefusesAnIncompleteOne() {
        Result ok = run("simulate", "harmonic-oscillator", "--t", "1", "--initial", "x=1,p=0");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("x = 1.0, p = 0.0"), ok.out());
        Result incomplete = run("simulate", "harmonic-oscillator", "--t", "1", "--initial", "x=1");
        assertEquals(2, incomplete.code());
        assertTrue(incomplete.err().contains("'p'"), incomplete.err());
        Result negative = run("simulate", "harmonic-oscillator", "--t", "-1");
        assertEquals(2, negative.code());
    }

    @Test
    void simulateWritesPdeIntegralsAndFieldSnapshots() throws IOException {
        Path csv = folder.resolve("kdv.csv");
        Result result = run("simulate", "kdv", "--t", "0.1", "--steps", "2", "--csv", csv.toString());
        assertEquals(0, result.code(), result.err());
        List<String> integrals = Files.readAllLines(csv);
        assertEquals("t,integral of u,integral of u^2,integral of u^3 + u_x^2/2", integrals.get(0));
        assertEquals(4, integrals.size());
        List<String> fields = Files.readAllLines(folder.resolve("kdv-fields.csv"));
        assertEquals("t,x,u", fields.get(0));
        assertTrue(fields.size() > 3 * 64, "three snapshots of the whole grid");
    }

    @Test
    void aCsvIntoAMissingFolderIsRefusedBeforeSimulating() {
        Result result = run("simulate", "kepler-2d", "--csv", folder.resolve("no/such/run.csv").toString());
        assertEquals(2, result.code());
        assertTrue(result.err().contains("does not exist"), result.err());
        assertTrue(result.out().isEmpty(), "nothing was simulated: " + result.out());
    }
}
