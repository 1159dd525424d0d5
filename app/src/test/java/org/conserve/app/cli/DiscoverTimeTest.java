package org.conserve.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code discover --time}: laws with t explicit, counted apart from the time-independent ones. */
class DiscoverTimeTest {
    private static final String FREE_PARTICLES = String.join("\n",
            "name: Free particles on a line",
            "kind: ode",
            "variables: [x1, x2, p1, p2]",
            "equations: {x1: p1, x2: p2, p1: 0, p2: 0}",
            "sampling:",
            "  box: {x1: [-1, 1], x2: [-1, 1], p1: [-1, 1], p2: [-1, 1]}",
            "");

    @TempDir
    Path folder;

    private int run(StringWriter out, StringWriter err, String... args) {
        return ConserveCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void findsTheCentreOfMassMotionOfFreeParticlesAsTimeDependentLaws() throws IOException {
        Path file = folder.resolve("free.yaml");
        Files.writeString(file, FREE_PARTICLES);
        Path json = folder.resolve("report.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "discover", file.toString(), "--time", "--quiet", "--adam", "60", "--lbfgs", "10",
                "--samples", "200", "--json", json.toString());
        assertEquals(0, code, err.toString());
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        // Time-independent: p1, p2 and x1*p2 - x2*p1; with t: x1 - t*p1 and x2 - t*p2, one of them new.
        assertEquals(3, report.path("symbolic").path("count").asInt(), out.toString());
        assertEquals(1, report.path("timeDependent").path("count").asInt(), out.toString());
        List<String> laws = new ArrayList<>();
        report.path("timeDependent").path("laws").forEach(law -> laws.add(law.path("expression").asText()));
        assertTrue(laws.contains("x1-t*p1") && laws.contains("x2-t*p2"), laws.toString());
        report.path("timeDependent").path("laws").forEach(law -> assertEquals("proved", law.path("status").asText()));
        assertEquals("p1", report.path("symbolic").path("laws").get(0).path("sympy").asText());
        assertTrue(out.toString().contains("Time-dependent: 1 more independent law"), out.toString());
    }

    @Test
    void refusesTimeWithNeuralOnly() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "discover", "harmonic-oscillator", "--time", "--neural-only"));
        assertTrue(err.toString().contains("--time"), err.toString());
    }
}
