package org.conserve.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.conserve.symbolic.SymbolicException;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled file passes Conserve's own parser and validator without a single problem. */
class BundledSystemsParseTest {

    static Stream<BuiltInSystem> systems() {
        return Catalogue.list().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void parsesWithoutProblems(BuiltInSystem system) {
        SystemDefinition definition;
        try {
            definition = SystemFiles.parse(system.fileName(), system.text());
        } catch (SymbolicException e) {
            throw new AssertionError(system.fileName() + " has problems:\n" + e.getMessage(), e);
        }
        assertEquals(system.kind().name(), definition.kind().name(), system.fileName());
        assertFalse(definition.name().isBlank(), system.fileName());
        assertFalse(definition.notes().isBlank(), system.fileName());
        assertTrue(definition.expected().count().isPresent(), system.fileName() + ": expected.count");
        assertTrue(definition.expected().laws().size() >= definition.expected().count().getAsInt(),
                system.fileName() + ": every counted law is listed");
        assertEquals(definition.dimension(), definition.simulation().initial().size(),
                system.fileName() + ": an initial value for every coordinate");
        assertTrue(definition.simulation().t().isPresent(), system.fileName() + ": simulation.t");
        if (system.kind() == SystemKind.PDE) {
            assertTrue(definition.space().isPresent(), system.fileName());
            assertFalse(definition.density().isEmpty(), system.fileName());
        }
    }
}
