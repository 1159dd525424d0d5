package org.conserve.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    /** The thirteen systems of issue 2, item 7, in catalogue order. */
    private static final List<String> EXPECTED_FILES = List.of(
            "harmonic-oscillator.yaml", "damped-oscillator.yaml", "isotropic-oscillator-2d.yaml",
            "oscillator-2d-ratio-2.yaml", "kepler-2d.yaml", "three-body-2d.yaml", "three-body-3d.yaml",
            "double-pendulum.yaml", "henon-heiles.yaml",
            "kdv.yaml", "kdv-u.yaml", "kdv-uxx.yaml", "nls.yaml");

    private static final Pattern KIND_LINE = Pattern.compile("(?m)^kind:\\s*(\\w+)\\s*$");

    @Test
    void listsAllThirteenBuiltInSystemsInTeachingOrder() {
        List<String> files = Catalogue.list().stream().map(BuiltInSystem::fileName).toList();
        assertEquals(EXPECTED_FILES, files);
    }

    @Test
    void listIsGroupedByKindOdesFirst() {
        List<BuiltInSystem> all = Catalogue.list();
        assertEquals(9, Catalogue.list(SystemKind.ODE).size());
        assertEquals(4, Catalogue.list(SystemKind.PDE).size());
        assertEquals(all.subList(0, 9), Catalogue.list(SystemKind.ODE));
        assertEquals(all.subList(9, 13), Catalogue.list(SystemKind.PDE));
    }

    @Test
    void listIsTheSameImmutableListOnEveryCall() {
        assertSame(Catalogue.list(), Catalogue.list());
        assertThrows(UnsupportedOperationException.class, () -> Catalogue.list().clear());
    }

    @Test
    void everyEntryIsANonEmptyClassPathResourceWithAName() {
        for (BuiltInSystem system : Catalogue.list()) {
            String text = system.text();
            assertFalse(text.isBlank(), system.resourcePath() + " is empty");
            assertTrue(text.startsWith("name: "), system.resourcePath() + " should start with its name");
            assertTrue(system.url().toString().endsWith(system.resourcePath()), system.url().toString());
        }
    }

    @Test
    void indexKindMatchesTheKindWrittenInEachFile() {
        for (BuiltInSystem system : Catalogue.list()) {
            Matcher matcher = KIND_LINE.matcher(system.text());
            assertTrue(matcher.find(), system.fileName() + " has no kind line");
            assertEquals(system.kind().fileSpelling(), matcher.group(1), system.fileName());
        }
    }

    @Test
    void indexNamesExactlyTheYamlFilesOfTheSystemsFolder() throws IOException {
        Path folder = Path.of(System.getProperty("basedir", ".")).resolve("systems");
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(folder)) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .collect(Collectors.toSet());
        }
        Set<String> indexed = Catalogue.list().stream().map(BuiltInSystem::fileName).collect(Collectors.toSet());
        assertEquals(onDisk, indexed);
    }

    @Test
    void findsASystemByIdOrFileName() {
        assertEquals("kepler-2d.yaml", Catalogue.find("kepler-2d").orElseThrow().fileName());
        assertEquals(SystemKind.PDE, Catalogue.find("nls.yaml").orElseThrow().kind());
        assertTrue(Catalogue.find("kepler").isEmpty());
        assertTrue(Catalogue.read("kdv").contains("u: 6*u*u_x - u_xxx"));
    }

    @Test
    void readingAnUnknownSystemNamesTheKnownOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Catalogue.read("lorenz"));
        assertTrue(error.getMessage().contains("'lorenz'"), error.getMessage());
        assertTrue(error.getMessage().contains("kepler-2d, three-body-2d"), error.getMessage());
    }

    @Test
    void builtInSystemRejectsNamesThatAreNotPlainYamlFiles() {
        assertThrows(IllegalArgumentException.class, () -> new BuiltInSystem("kepler.txt", SystemKind.ODE));
        assertThrows(IllegalArgumentException.class, () -> new BuiltInSystem("../x.yaml", SystemKind.ODE));
        assertEquals("kdv-u", new BuiltInSystem("kdv-u.yaml", SystemKind.PDE).id());
    }

    @Test
    void kindSpellingRoundTripsAndRejectsOthers() {
        assertEquals(SystemKind.ODE, SystemKind.fromFileSpelling("ode"));
        assertEquals(SystemKind.PDE, SystemKind.fromFileSpelling(SystemKind.PDE.fileSpelling()));
        assertThrows(IllegalArgumentException.class, () -> SystemKind.fromFileSpelling("ODE"));
    }
}
