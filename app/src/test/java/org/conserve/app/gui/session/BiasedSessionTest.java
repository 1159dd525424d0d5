package org.conserve.app.gui.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.conserve.app.discovery.DiscoveryPipeline;
import org.conserve.app.discovery.OdeReports;
import org.conserve.app.gui.discover.DiscoverResult;
import org.conserve.engine.discovery.Discovery;
import org.conserve.engine.discovery.NeuralResult;
import org.conserve.engine.neural.InductiveBias;
import org.conserve.engine.neural.TrainedModel;
import org.conserve.engine.sampling.OdeSampler;
import org.conserve.engine.system.OdeSystem;
import org.conserve.examples.Catalogue;
import org.conserve.symbolic.discovery.SymbolicDiscovery;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session of networks trained with the three-body file's additive (bodies) bias keeps that structure. */
class BiasedSessionTest {
    private static final String FILE = "three-body-2d.yaml";
    private static final String TEXT = Catalogue.find("three-body-2d").orElseThrow().text();

    @TempDir
    Path folder;

    @Test
    void theFileBiasAndItsNetworkCountAreUsedUnlessTurnedOff() {
        SystemDefinition definition = SystemFiles.parse(FILE, TEXT);
        DiscoveryPipeline.Settings settings = new DiscoveryPipeline.Settings(null, null, 60, 3, 0, 3L);
        Discovery biased = DiscoveryPipeline.discovery(definition, settings, 60, true);
        assertInstanceOf(InductiveBias.Bodies.class, biased.bias());
        assertEquals(definition.neural().networks().getAsInt(), biased.training().networksFor(12));
        Discovery plain = DiscoveryPipeline.discovery(definition, settings, 60, false);
        assertEquals(InductiveBias.NONE, plain.bias());
        Discovery chosen = DiscoveryPipeline.discovery(definition,
                new DiscoveryPipeline.Settings(3, null, 60, 3, 0, 3L), 60, true);
        assertEquals(3, chosen.training().networksFor(12), "a network count the user types wins over the file's");
    }

    @Test
    void aReopenedBiasedModelHasTheSameBiasAndBitIdenticalGradients() throws Exception {
        SystemDefinition definition = SystemFiles.parse(FILE, TEXT);
        OdeSystem system = SymbolicDiscovery.odeSystem(definition);
        DiscoveryPipeline.Settings settings = new DiscoveryPipeline.Settings(null, null, 60, 3, 0, 3L);
        NeuralResult neural = DiscoveryPipeline.discovery(definition, settings, 60, true).run(system);
        DiscoverResult result = new DiscoverResult(definition.name(), OdeReports.names(definition), neural,
                Optional.empty(), false);
        Path path = folder.resolve("three-body.conserve-session");
        SessionCodec.write(SessionCapture.of(FILE, TEXT, Map.of("bias", "the file's"), result, List.of(), 1.0), path);

        TrainedModel original = neural.model();
        TrainedModel restored = SessionCodec.read(path).model().orElseThrow();
        assertEquals(original.bias(), restored.bias());
        assertInstanceOf(InductiveBias.Bodies.class, restored.bias());
        double[][] points = new OdeSampler().sample(system, 5, 11L).points();
        int n = original.functionCount();
        double[][][] before = new double[points.length][n][12];
        double[][][] after = new double[points.length][n][12];
        original.gradients(points, before);
        restored.gradients(points, after);
        for (int p = 0; p < points.length; p++) {
            for (int i = 0; i < n; i++) {
                assertArrayEquals(before[p][i], after[p][i], 0.0, "gradient of network " + i + " at point " + p);
            }
        }
    }

    @Test
    void aBiasThatDoesNotFitTheParametersIsRefusedAndTheFileKept() throws Exception {
        SystemDefinition definition = SystemFiles.parse(FILE, TEXT);
        OdeSystem system = SymbolicDiscovery.odeSystem(definition);
        DiscoveryPipeline.Settings settings = new DiscoveryPipeline.Settings(null, null, 60, 3, 0, 3L);
        NeuralResult neural = DiscoveryPipeline.discovery(definition, settings, 60, true).run(system);
        DiscoverResult result = new DiscoverResult(definition.name(), OdeReports.names(definition), neural,
                Optional.empty(), false);
        ObjectNode tree = SessionCodec.tree(SessionCapture.of(FILE, TEXT, Map.of(), result, List.of(), 1.0));
        ((ObjectNode) tree.get("model").get("bias")).removeAll().put("kind", "none");
        Path path = Files.writeString(folder.resolve("edited.conserve-session"), tree.toPrettyString());
        String before = Files.readString(path);
        SessionFileException refused = assertThrows(SessionFileException.class, () -> SessionCodec.read(path));
        assertTrue(refused.getMessage().contains("model.parameters"), refused.getMessage());
        assertEquals(before, Files.readString(path));
    }
}
