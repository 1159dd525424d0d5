package org.conserve.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.conserve.engine.discovery.PdeDiscovery;
import org.conserve.engine.neural.TrainingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoverCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run conserve(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ConserveCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The help states the training defaults as text; they must follow the code's. */
    @Test
    void helpStatesTheTrainingDefaultsOfTheCode() {
        Run help = conserve("discover", "--help");
        String text = help.out().replaceAll("\\s+", " ");
        TrainingConfig plain = TrainingConfig.defaults();
        TrainingConfig biased = TrainingConfig.biasedDefaults();
        TrainingConfig pde = PdeDiscovery.defaultTraining();
        assertTrue(text.contains("(default " + plain.lambda() + ", with a neural.bias " + biased.lambda() + ";"), text);
        assertTrue(text.contains("Adam steps (default " + plain.adamSteps() + "; with a neural.bias "
                + biased.adamSteps() + "; PDE " + pde.adamSteps() + ")"), text);
        assertTrue(text.contains("at most " + TrainingConfig.SMALL_SYSTEM_LBFGS_STEPS + " up to dimension "
                + TrainingConfig.SMALL_SYSTEM_DIMENSION + ", else " + plain.lbfgsSteps() + "; PDE "
                + pde.lbfgsSteps() + ";"), text);
    }

    @Test
    void findsTheOscillatorsOneLawAndWritesTheJsonReport(@TempDir Path folder) throws Exception {
        Path json = folder.resolve("report/osc.json");
        Run run = conserve("discover", "harmonic-oscillator", "--seed", "3", "--samples", "200", "--adam", "150",
                "--lbfgs", "50", "--json", json.toString(), "--quiet");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Count: 1 independent conservation law"), run.out());
        assertTrue(run.out().contains("1 of 1 explained"), run.out());

        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals("Harmonic oscillator (1D)", report.get("system").asText());
        assertEquals(2, report.get("dimension").asInt());
        assertEquals(1, report.get("count").asInt());
        assertEquals(3, report.get("seed").asLong());
        assertEquals("nd4j-native", report.get("backend").asText());
        assertFalse(report.get("versions").get("java").asText().isEmpty());
        assertEquals("3.0.0", report.get("versions").get("symja").asText());
        JsonNode neural = report.get("neural");
        assertEquals(1, neural.get("count").asInt());
        assertTrue(neural.get("confidence").asDouble() > 0.9, neural.toString());
        assertEquals(2, neural.get("explainedRatios").size());
        assertEquals(2, neural.get("conservationLoss").size());
        assertTrue(neural.get("conservationLoss").get(0).asDouble() < 1e-3, neural.toString());
        assertTrue(neural.get("seconds").asDouble() > 0);
        JsonNode symbolic = report.get("symbolic");
        assertEquals(1, symbolic.get("count").asInt());
        JsonNode law = symbolic.get("laws").get(0);
        assertEquals("proved", law.get("status").asText());
        assertTrue(law.get("expression").asText().contains("p^2"), law.toString());
        assertTrue(law.get("latex").asText().contains("x^{2}"), law.toString());
        assertEquals(1, report.get("agreement").get("explained").asInt());
    }

    @Test
    void aPdeGetsDensityNetworksAndTheDensitySearch(@TempDir Path folder) throws Exception {
        Path json = folder.resolve("kdv.json");
        Run run = conserve("discover", "kdv-u", "--samples", "8", "--adam", "30", "--lbfgs", "0", "--json",
                json.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("density networks"), run.err());
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals("pde", report.get("kind").asText());
        JsonNode neural = report.get("neural");
        assertTrue(neural.get("available").asBoolean(), neural.toString());
        assertEquals(3, neural.get("networks").asInt());
        assertEquals(3, neural.get("conservationLoss").size());
        assertEquals(8, neural.get("samples").get("used").asInt());
        assertEquals(2, report.get("symbolic").get("laws").size());
        // the final count never drops below what the density search proved
        assertTrue(report.get("count").asInt() >= 2, report.toString());
        assertEquals(Math.max(2, neural.get("count").asInt()), report.get("count").asInt());
    }

    @Test
    void aPdeRunsNeuralOnlyWithoutTheSearch() {
        Run run = conserve("discover", "kdv-u", "--samples", "4", "--adam", "10", "--lbfgs", "0", "--neural-only",
                "--quiet");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Neural:"), run.out());
        assertFalse(run.err().contains("symbolic: searching"), run.err());
    }

    /** Two masses on a line joined by a spring, with the bodies bias. */
    private static final String SPRING_PAIR = "name: Spring pair\nkind: ode\nvariables: [x1, x2, p1, p2]\n"
            + "equations: {x1: p1, x2: p2, p1: x2 - x1, p2: x1 - x2}\n"
            + "sampling:\n  box: {x1: [-1, 1], x2: [-1, 1], p1: [-1, 1], p2: [-1, 1]}\n"
            + "neural: {bias: bodies, bodies: [[x1, p1], [x2, p2]], positions: 1, networks: 2}\n";

    @Test
    void usesTheFilesBiasUnlessToldNotToAndSaysWhichInTheReport(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("spring-pair.yaml");
        java.nio.file.Files.writeString(file, SPRING_PAIR);
        Path json = folder.resolve("biased.json");
        Run biased = conserve("discover", file.toString(), "--samples", "100", "--adam", "20", "--lbfgs", "5",
                "--neural-only", "--quiet", "--json", json.toString());
        assertEquals(0, biased.code(), biased.err());
        assertTrue(biased.out().contains("inductive bias: bodies: 2 bodies of 2 variables"), biased.out());
        JsonNode neural = new ObjectMapper().readTree(json.toFile()).get("neural");
        assertEquals("bodies", neural.get("bias").asText());
        assertEquals(2, neural.get("networks").asInt(), "the file's neural.networks");

        Run plain = conserve("discover", file.toString(), "--samples", "100", "--adam", "20", "--lbfgs", "5",
                "--neural-only", "--quiet", "--no-bias", "--json", json.toString());
        assertEquals(0, plain.code(), plain.err());
        neural = new ObjectMapper().readTree(json.toFile()).get("neural");
        assertEquals("none", neural.get("bias").asText());
        assertEquals(3, neural.get("networks").asInt(), "d - 1 without the bias");
    }

    @Test
    void badRequestsExitWithTwoAndSayWhy() {
        Run noNetworks = conserve("discover", "harmonic-oscillator", "--networks", "0");
        assertEquals(2, noNetworks.code());
        assertTrue(noNetworks.err().contains("--networks must be at least 1"), noNetworks.err());

        Run negativeLambda = conserve("discover", "harmonic-oscillator", "--lambda", "-1");
        assertEquals(2, negativeLambda.code());
        assertTrue(negativeLambda.err().contains("--lambda"), negativeLambda.err());

        Run tooFewSamples = conserve("discover", "harmonic-oscillator", "--samples", "1");
        assertEquals(2, tooFewSamples.code());
        assertTrue(tooFewSamples.err().contains("fewer than the dimension 2"), tooFewSamples.err());

        Run missing = conserve("discover", "no-such-system.yaml");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());

        Run noStates = conserve("discover", "kdv", "--samples", "0");
        assertEquals(2, noStates.code());
        assertTrue(noStates.err().contains("--samples must be at least 1"), noStates.err());
        assertFalse(noNetworks.err().contains("Exception"), noNetworks.err());
    }

    @Test
    void thePrecisionTrainerRefusesWhatItCannotUse() {
        Run unknown = conserve("discover", "harmonic-oscillator", "--trainer", "sgd");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("--trainer must be adam-lbfgs or precision, got sgd"), unknown.err());

        Run withLambda = conserve("discover", "harmonic-oscillator", "--trainer", "precision", "--lambda", "0.1");
        assertEquals(2, withLambda.code());
        assertTrue(withLambda.err().contains("it takes no --lambda, --adam or --lbfgs"), withLambda.err());

        Run pde = conserve("discover", "kdv", "--trainer", "precision");
        assertEquals(2, pde.code());
        assertTrue(pde.err().contains("--trainer precision is for ODEs"), pde.err());
    }

    @Test
    void thePrecisionTrainerCountsTheOscillatorsEnergyAndReportsEachNetworksFit(@TempDir Path folder)
            throws Exception {
        Path json = folder.resolve("report.json");
        Run run = conserve("discover", "harmonic-oscillator", "--trainer", "precision", "--samples", "300",
                "--neural-only", "--quiet", "--json", json.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Neural:   1 independent"), run.out());
        assertTrue(run.out().contains("precision trainer: a network counts when the part of its gradient"), run.out());
        assertTrue(run.out().contains(": counted\n") || run.out().contains(": counted\r\n"), run.out());
        assertTrue(run.out().contains(": not counted"), run.out());
        assertTrue(run.out().contains("precision gap between counted and uncounted"), run.out());
        var precision = new ObjectMapper().readTree(json.toFile()).get("neural").get("precisionTrainer");
        assertEquals(2, precision.get("networks").size());
        assertTrue(precision.get("networks").get(0).get("counted").asBoolean());
        assertTrue(precision.get("networks").get(0).get("independentL1").asDouble() <= 1e-6);
        assertFalse(precision.get("networks").get(1).get("counted").asBoolean());
        assertTrue(precision.get("gapOrders").asDouble() > 3, precision.toString());
    }
}
