package org.conserve.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class BenchCommandTest {

    private static String[] conserve(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ConserveCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {"" + code, out.toString(), err.toString()};
    }

    @Test
    void benchesTheNamedSystemsOneLineEachAgainstTheirExpectedCounts() {
        // a few steps only: the networks stay far from conserved (neural count 0), the density search proves 2 and 3
        String[] run = conserve("bench", "--systems", "kdv-u,kdv", "--pde-states", "4", "--pde-adam", "5",
                "--pde-lbfgs", "0");
        assertEquals("0", run[0], run[2]);
        String[] lines = run[1].split("\\R");
        assertTrue(lines[0].startsWith("machine: "), run[1]);
        assertTrue(lines[2].matches("kdv-u +pde +2 +2 +n0/s2 .*"), lines[2]);
        assertTrue(lines[3].matches("kdv +pde +3 +3 +n0/s3 .*"), lines[3]);
        assertEquals("2 of 2 counts as expected (seed 1)", lines[4]);
    }

    @Test
    void benchesThePrecisionTrainerWithEachNetworksFigures() {
        String[] run = conserve("bench", "--systems", "harmonic-oscillator", "--trainer", "precision");
        assertEquals("0", run[0], run[2]);
        String[] lines = run[1].split("\\R");
        assertTrue(lines[2].matches("harmonic-oscillator +ode +1 +1 +precision +none .*"), lines[2]);
        assertTrue(lines[3].startsWith("    training / held-out l1 (independent part held out): H1 "), lines[3]);
        assertTrue(lines[3].endsWith("not counted"), lines[3]);
        assertEquals("1 of 1 counts as expected (seed 1)", lines[4]);

        String[] unknown = conserve("bench", "--systems", "harmonic-oscillator", "--trainer", "adam");
        assertEquals("2", unknown[0]);
        assertTrue(unknown[2].contains("--trainer must be adam-lbfgs or precision, got adam"), unknown[2]);
    }

    @Test
    void anUnknownSystemIsABadRequest() {
        String[] run = conserve("bench", "--systems", "kdv,no-such-system");
        assertEquals("2", run[0]);
        assertTrue(run[2].contains("no built-in system 'no-such-system'"), run[2]);
    }

    @Test
    void findsTheReferenceScriptFromInsideTheRepository() {
        assertTrue(StepComparison.findScript().isPresent(), "bench/pytorch/step.py above " + System.getProperty("user.dir"));
    }
}
