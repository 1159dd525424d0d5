package org.conserve.app.gui.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.conserve.app.discovery.DiscoveryPipeline;
import org.conserve.app.report.DiscoveryReport;
import org.conserve.app.report.JsonReport;
import org.conserve.app.report.Versions;
import org.conserve.engine.discovery.NeuralResult;
import org.conserve.engine.neural.TrainedModel;
import org.conserve.examples.Catalogue;
import org.conserve.symbolic.discovery.SymbolicDiscovery;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Session files keep a real discovery (harmonic oscillator, small training) exactly; no toolkit. */
class SessionCodecTest {
    private static final String FILE = "harmonic-oscillator.yaml";
    private static final double[][] POINTS = {{0.3, -0.7}, {1.1, 0.2}, {-0.5, 0.9}, {0.0, 1.4}};

    private static String text;
    private static NeuralResult neural;
    private static ObjectNode report;

    @TempDir
    Path folder;

    @BeforeAll
    static void discover() {
        text = Catalogue.find("harmonic-oscillator").orElseThrow().text();
        SystemDefinition definition = SystemFiles.parse(FILE, text);
        DiscoveryPipeline.Settings settings = new DiscoveryPipeline.Settings(null, null, 200, 150, 50, 7L);
        neural = DiscoveryPipeline.discovery(settings, 200).run(SymbolicDiscovery.odeSystem(definition));
        report = JsonReport.tree(new DiscoveryReport(definition.name(), FILE, "ode", definition.dimension(),
                neural.count(), "neural", OptionalInt.empty(), 7L,
                Versions.current(neural.provenance().nd4jVersion(), neural.provenance().backend()),
                Optional.of(neural), "", Optional.empty(), "not run", Optional.empty(), List.of("x", "p"), 1.0));
    }

    private static Session session() {
        return new Session(FILE, text, Map.of("samples", "200", "seed", "7"), report, Optional.of(neural.model()));
    }

    @Test
    void aRealDiscoveryComesBackWithTheSameCountRatiosAndNetworkValues() throws Exception {
        Path path = folder.resolve("oscillator" + SessionCodec.EXTENSION);
        SessionCodec.write(session(), path);
        Session back = SessionCodec.read(path);

        assertEquals(FILE, back.systemFileName());
        assertEquals(text, back.systemText());
        assertEquals(Map.of("samples", "200", "seed", "7"), back.settings());
        assertEquals(neural.count(), back.report().path("count").asInt());
        double[] ratios = neural.explainedRatios();
        var savedRatios = back.report().path("neural").path("explainedRatios");
        assertEquals(ratios.length, savedRatios.size());
        for (int i = 0; i < ratios.length; i++) {
            assertEquals(ratios[i], savedRatios.get(i).asDouble());
        }
        assertEquals(report.toString(), back.report().toString());
        TrainedModel original = neural.model();
        TrainedModel restored = back.model().orElseThrow();
        assertArrayEquals(original.parameters(), restored.parameters());
        assertEquals(original.config(), restored.config());
        assertEquals(original.architecture(), restored.architecture());
        double[][] expected = original.values(POINTS);
        double[][] actual = restored.values(POINTS);
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], 0.0);
        }
    }

    @Test
    void aSessionWithoutTrainedNetworksComesBackWithoutThem() throws Exception {
        Path path = folder.resolve("plain" + SessionCodec.EXTENSION);
        SessionCodec.write(new Session(FILE, text, Map.of(), report, Optional.empty()), path);
        assertTrue(SessionCodec.read(path).model().isEmpty());
    }

    @Test
    void writingReplacesTheFileAndLeavesNoTemporaryFileBehind() throws Exception {
        Path path = folder.resolve("s" + SessionCodec.EXTENSION);
        Files.writeString(path, "old content");
        SessionCodec.write(session(), path);
        assertEquals(FILE, SessionCodec.read(path).systemFileName());
        try (var files = Files.list(folder)) {
            assertEquals(List.of(path), files.toList());
        }
    }

    @Test
    void aTruncatedFileIsRejectedAndLeftUntouched() throws Exception {
        Path path = folder.resolve("cut" + SessionCodec.EXTENSION);
        SessionCodec.write(session(), path);
        byte[] whole = Files.readAllBytes(path);
        Files.write(path, java.util.Arrays.copyOf(whole, whole.length / 2));
        String message = rejected(path);
        assertTrue(message.contains("damaged or truncated"), message);
    }

    @Test
    void aCorruptedFileIsRejectedAndLeftUntouched() throws Exception {
        Path path = folder.resolve("noise" + SessionCodec.EXTENSION);
        Files.write(path, new byte[] {0x00, (byte) 0xff, 0x13, 0x7f, '{', '"'});
        assertTrue(rejected(path).contains("not a Conserve session"));
    }

    @Test
    void aForeignJsonFileIsRejectedNamingTheExpectedFormat() throws Exception {
        Path path = folder.resolve("other" + SessionCodec.EXTENSION);
        Files.writeString(path, "{\"format\": \"something-else\", \"version\": 1}");
        String message = rejected(path);
        assertTrue(message.contains("\"format\": \"conserve-session\""), message);
    }

    @Test
    void aNewerVersionIsRejectedSayingWhichVersionsAreRead() throws Exception {
        Path path = folder.resolve("future" + SessionCodec.EXTENSION);
        String written = SessionCodec.tree(session()).put("version", SessionCodec.VERSION + 1).toString();
        Files.writeString(path, written);
        String message = rejected(path);
        assertTrue(message.contains("newer Conserve") && message.contains("up to " + SessionCodec.VERSION), message);
    }

    @Test
    void parametersThatDoNotFitTheArchitectureAreRejected() throws Exception {
        Path path = folder.resolve("short" + SessionCodec.EXTENSION);
        ObjectNode tree = SessionCodec.tree(session());
        ((com.fasterxml.jackson.databind.node.ArrayNode) tree.path("model").path("parameters")).remove(0);
        Files.writeString(path, tree.toString());
        String message = rejected(path);
        assertTrue(message.contains("the architecture needs"), message);
    }

    @Test
    void aMissingFileIsNamed() {
        Path path = folder.resolve("absent" + SessionCodec.EXTENSION);
        SessionFileException failure = assertThrows(SessionFileException.class, () -> SessionCodec.read(path));
        assertTrue(failure.getMessage().startsWith(path.toString()), failure.getMessage());
    }

    /** Reads a bad file: the message names it, and the file's bytes are unchanged. */
    private static String rejected(Path path) throws IOException {
        byte[] before = Files.readAllBytes(path);
        SessionFileException failure = assertThrows(SessionFileException.class, () -> SessionCodec.read(path));
        assertArrayEquals(before, Files.readAllBytes(path));
        assertTrue(failure.getMessage().startsWith(path.toString()), failure.getMessage());
        return failure.getMessage();
    }
}
