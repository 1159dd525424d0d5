package org.conserve.app.gui.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.conserve.app.gui.discover.DiscoverResult;
import org.conserve.app.gui.laws.LawTable;
import org.conserve.engine.discovery.NeuralResult;
import org.conserve.engine.neural.TrainedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Session files keep a real discovery (harmonic oscillator, small training, formula search) exactly; no toolkit. */
class SessionCodecTest {
    private static final double[][] POINTS = {{0.3, -0.7}, {1.1, 0.2}, {-0.5, 0.9}, {0.0, 1.4}, {-1.7, -0.05}};

    @TempDir
    Path folder;

    private Path saved(String name) throws IOException {
        Path path = folder.resolve(name + SessionCodec.EXTENSION);
        SessionCodec.write(TrainedSession.session(), path);
        return path;
    }

    @Test
    void aReopenedDiscoveryHasBitIdenticalNetworkValuesAndGradients() throws Exception {
        Session back = SessionCodec.read(saved("oscillator"));
        TrainedModel original = TrainedSession.result().discovery().neural().model();
        TrainedModel restored = back.model().orElseThrow();
        assertArrayEquals(original.parameters(), restored.parameters());
        assertEquals(original.config(), restored.config());
        assertEquals(original.architecture(), restored.architecture());
        assertEquals(original.seed(), restored.seed());
        assertTrue(restored == back.result().orElseThrow().discovery().neural().model());

        double[][] values = original.values(POINTS);
        double[][] valuesBack = restored.values(POINTS);
        int n = original.functionCount();
        int d = original.dimension();
        double[][][] gradients = new double[POINTS.length][n][d];
        double[][][] gradientsBack = new double[POINTS.length][n][d];
        original.gradients(POINTS, gradients);
        restored.gradients(POINTS, gradientsBack);
        for (int i = 0; i < n; i++) {
            assertArrayEquals(bits(values[i]), bits(valuesBack[i]), "values of network " + i);
        }
        for (int p = 0; p < POINTS.length; p++) {
            for (int i = 0; i < n; i++) {
                assertArrayEquals(bits(gradients[p][i]), bits(gradientsBack[p][i]), "gradient " + i + " at " + p);
                assertTrue(Arrays.stream(gradients[p][i]).anyMatch(g -> g != 0), "a trained network has a gradient");
            }
        }
    }

    @Test
    void aReopenedDiscoveryShowsTheSameCountSpectrumLawsAndLosses() throws Exception {
        SessionResult original = TrainedSession.result();
        Session back = SessionCodec.read(saved("shown"));
        SessionResult reopened = back.result().orElseThrow();
        DiscoverResult before = original.discovery();
        DiscoverResult after = reopened.discovery();

        assertEquals(TrainedSession.FILE, back.systemFileName());
        assertEquals(TrainedSession.TEXT, back.systemText());
        assertEquals(TrainedSession.SETTINGS, back.settings());
        assertEquals(before.system(), after.system());
        assertEquals(before.names(), after.names());
        assertEquals(before.partial(), after.partial());
        NeuralResult neural = before.neural();
        assertEquals(1, neural.count());
        assertEquals(neural.count(), after.neural().count());
        assertArrayEquals(neural.explainedRatios(), after.neural().explainedRatios(), 0.0);
        assertEquals(neural.threshold(), after.neural().threshold());
        assertEquals(neural.confidence(), after.neural().confidence());
        assertEquals(neural.gap(), after.neural().gap());
        assertEquals(neural.countRule(), after.neural().countRule());
        assertArrayEquals(neural.conservedNetworks(), after.neural().conservedNetworks());
        assertEquals(neural.samples(), after.neural().samples());
        assertEquals(neural.provenance(), after.neural().provenance());
        assertEquals(neural.independence().toString(), after.neural().independence().toString());
        assertEquals(before.formulas().orElseThrow().agreement(), after.formulas().orElseThrow().agreement());
        assertEquals(before.formulas().orElseThrow().outcome().laws(), after.formulas().orElseThrow().outcome().laws());
        assertEquals(before.formulas().orElseThrow().outcome().basis(),
                after.formulas().orElseThrow().outcome().basis());
        // The laws page reads the same.
        assertFalse(LawTable.rows(before).isEmpty());
        assertEquals(LawTable.rows(before), LawTable.rows(after));
        assertEquals(LawTable.summary(before), LawTable.summary(after));
        assertFalse(original.losses().isEmpty());
        assertEquals(original.losses(), reopened.losses());
        assertEquals(original.seconds(), reopened.seconds());
        assertEquals(TrainedSession.session().report().toString(), back.report().toString());
    }

    @Test
    void aVersionOneSessionWithoutAResultIsStillRead() throws Exception {
        Path path = folder.resolve("old" + SessionCodec.EXTENSION);
        ObjectNode tree = SessionCodec.tree(TrainedSession.session());
        tree.put("version", 1);
        tree.remove("result");
        Files.writeString(path, tree.toString());
        Session back = SessionCodec.read(path);
        assertTrue(back.result().isEmpty());
        assertArrayEquals(TrainedSession.result().discovery().neural().model().parameters(),
                back.model().orElseThrow().parameters());
    }

    @Test
    void aSessionWithoutTrainedNetworksComesBackWithoutThem() throws Exception {
        Path path = folder.resolve("plain" + SessionCodec.EXTENSION);
        SessionCodec.write(new Session(TrainedSession.FILE, TrainedSession.TEXT, Map.of(),
                TrainedSession.session().report(), Optional.empty()), path);
        Session back = SessionCodec.read(path);
        assertTrue(back.model().isEmpty());
        assertTrue(back.result().isEmpty());
    }

    @Test
    void writingReplacesTheFileAndLeavesNoTemporaryFileBehind() throws Exception {
        Path path = folder.resolve("s" + SessionCodec.EXTENSION);
        Files.writeString(path, "old content");
        SessionCodec.write(TrainedSession.session(), path);
        assertEquals(TrainedSession.FILE, SessionCodec.read(path).systemFileName());
        try (var files = Files.list(folder)) {
            assertEquals(List.of(path), files.toList());
        }
    }

    @Test
    void aTruncatedFileIsRejectedWithTheLineAndColumnAndLeftUntouched() throws Exception {
        Path path = saved("cut");
        byte[] whole = Files.readAllBytes(path);
        Files.write(path, Arrays.copyOf(whole, whole.length / 2));
        String message = rejected(path);
        assertTrue(message.contains("damaged or truncated") && message.matches(".*near line \\d+, column \\d+.*"),
                message);
    }

    @Test
    void aCorruptedFileIsRejectedAndLeftUntouched() throws Exception {
        Path path = folder.resolve("noise" + SessionCodec.EXTENSION);
        Files.write(path, new byte[] {0x00, (byte) 0xff, 0x13, 0x7f, '{', '"'});
        assertTrue(rejected(path).contains("not a Conserve session"));
    }

    @Test
    void aBrokenNumberInsideTheFileIsNamedWithItsLine() throws Exception {
        Path path = saved("typo");
        String text = Files.readString(path);
        int at = text.indexOf("\"parameters\"");
        Files.writeString(path, text.substring(0, at) + "\"parameters\" : [ 0.1x," + text.substring(
                text.indexOf('[', at) + 1));
        long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        String message = rejected(path);
        assertTrue(message.contains("near line " + line + ","), message);
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
        Files.writeString(path, SessionCodec.tree(TrainedSession.session()).put("version", SessionCodec.VERSION + 1)
                .toString());
        String message = rejected(path);
        assertTrue(message.contains("newer Conserve") && message.contains("up to " + SessionCodec.VERSION), message);
    }

    @Test
    void parametersThatDoNotFitTheArchitectureAreRejected() throws Exception {
        Path path = folder.resolve("short" + SessionCodec.EXTENSION);
        ObjectNode tree = SessionCodec.tree(TrainedSession.session());
        ((ArrayNode) tree.path("model").path("parameters")).remove(0);
        Files.writeString(path, tree.toString());
        String message = rejected(path);
        assertTrue(message.contains("\"model.parameters\" has") && message.contains("parameters, got"), message);
    }

    @Test
    void aResultWithoutItsNetworksOrWithAMissingFieldIsRejected() throws Exception {
        Path path = folder.resolve("headless" + SessionCodec.EXTENSION);
        ObjectNode tree = SessionCodec.tree(TrainedSession.session());
        tree.remove("model");
        Files.writeString(path, tree.toString());
        assertTrue(rejected(path).contains("\"result\" needs the trained networks"));

        ObjectNode missing = SessionCodec.tree(TrainedSession.session());
        ((ObjectNode) missing.path("result").path("neural").path("independence")).remove("explainedRatios");
        Files.writeString(path, missing.toString());
        String message = rejected(path);
        assertTrue(message.contains("incomplete or damaged") && message.contains("explainedRatios"), message);
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

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
