package org.conserve.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shape of every bundled file, read as plain YAML (independent of Conserve's own parser): the keys
 * of docs/system-format.md, an equation, a sampling range and an initial value for every coordinate,
 * a teaching note of 5 to 15 lines, and an expected count that a flow of that dimension can have.
 */
class BundledFilesStructureTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> COMMON_KEYS = Set.of(
            "name", "description", "notes", "kind", "parameters", "equations", "sampling", "simulation", "expected",
            "search");
    private static final Set<String> ODE_KEYS = Set.of("variables", "neural");
    private static final Set<String> PDE_KEYS = Set.of("fields", "space", "density");
    private static final Pattern JET_NAME = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(_x+)?");

    static Stream<BuiltInSystem> systems() {
        return Catalogue.list().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void usesOnlyDocumentedKeysAndHasANameDescriptionAndNote(BuiltInSystem system) throws IOException {
        JsonNode root = YAML.readTree(system.text());
        Set<String> allowed = new LinkedHashSet<>(COMMON_KEYS);
        allowed.addAll(system.kind() == SystemKind.ODE ? ODE_KEYS : PDE_KEYS);
        root.fieldNames().forEachRemaining(key ->
                assertTrue(allowed.contains(key), system.fileName() + ": undocumented key " + key));
        assertFalse(root.path("name").asText().isBlank(), system.fileName());
        assertFalse(root.path("description").asText().isBlank(), system.fileName());
        long noteLines = root.path("notes").asText().lines().filter(l -> !l.isBlank()).count();
        assertTrue(noteLines >= 5 && noteLines <= 15, system.fileName() + ": note has " + noteLines + " lines");
        if (root.path("neural").has("expected")) {
            // a bias can only restrict what the networks find
            assertTrue(root.path("neural").path("expected").asInt() <= root.path("expected").path("count").asInt(),
                    system.fileName() + ": neural.expected above expected.count");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void everyCoordinateHasAnEquationARangeOrFeatureAndAnInitialValue(BuiltInSystem system) throws IOException {
        JsonNode root = YAML.readTree(system.text());
        boolean ode = system.kind() == SystemKind.ODE;
        List<String> coordinates = names(root.path(ode ? "variables" : "fields"));
        assertFalse(coordinates.isEmpty(), system.fileName());
        assertEquals(Set.copyOf(coordinates), keys(root.path("equations")), system.fileName() + ": equations");
        assertEquals(Set.copyOf(coordinates), keys(root.path("simulation").path("initial")),
                system.fileName() + ": simulation.initial");
        keys(root.path("parameters")).forEach(p ->
                assertFalse(coordinates.contains(p), system.fileName() + ": parameter shadows " + p));
        if (ode) {
            JsonNode box = root.path("sampling").path("box");
            assertEquals(Set.copyOf(coordinates), keys(box), system.fileName() + ": sampling.box");
            for (String variable : coordinates) {
                JsonNode range = box.path(variable);
                assertEquals(2, range.size(), system.fileName() + ": range of " + variable);
                assertTrue(number(range.get(0)) < number(range.get(1)), system.fileName() + ": range of " + variable);
            }
        } else {
            for (String feature : names(root.path("density"))) {
                var matcher = JET_NAME.matcher(feature);
                assertTrue(matcher.matches() && coordinates.contains(matcher.group(1)),
                        system.fileName() + ": density feature " + feature + " is not a declared field or its derivative");
            }
            JsonNode x = root.path("space").path("x");
            assertTrue(number(x.get(0)) < number(x.get(1)), system.fileName() + ": space.x");
            assertEquals("periodic", root.path("space").path("boundary").asText(), system.fileName());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void expectedCountIsPossibleAndEveryCountedLawIsListed(BuiltInSystem system) throws IOException {
        JsonNode root = YAML.readTree(system.text());
        JsonNode expected = root.path("expected");
        assertTrue(expected.path("count").isInt(), system.fileName() + ": expected.count");
        int count = expected.path("count").asInt();
        int laws = expected.path("laws").size();
        assertTrue(laws >= count, system.fileName() + ": lists " + laws + " laws for count " + count);
        if (count == 0) {
            assertEquals(0, laws, system.fileName());
        }
        if (system.kind() == SystemKind.ODE) {
            int dimension = root.path("variables").size();
            assertTrue(count <= dimension - 1, system.fileName() + ": a flow in R^" + dimension
                    + " has at most " + (dimension - 1) + " independent laws");
        }
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.asText()));
        return names;
    }

    private static Set<String> keys(JsonNode map) {
        Set<String> keys = new LinkedHashSet<>();
        map.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** A number or an exact fraction such as 1/4. */
    private static double number(JsonNode node) {
        String text = node.asText().strip();
        int slash = text.indexOf('/');
        return slash < 0 ? Double.parseDouble(text)
                : Double.parseDouble(text.substring(0, slash)) / Double.parseDouble(text.substring(slash + 1));
    }
}
