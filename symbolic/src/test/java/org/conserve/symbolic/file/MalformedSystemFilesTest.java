package org.conserve.symbolic.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.conserve.symbolic.SourceProblem;
import org.conserve.symbolic.SymbolicError;
import org.conserve.symbolic.SymbolicException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed system files: each file's first line says where its mistakes are and of
 * what kind ({@code # expect: LINE:COLUMN KIND[, LINE:COLUMN KIND ...]}); the reader must report
 * exactly those, no more and no fewer.
 */
class MalformedSystemFilesTest {
    private static final String HEADER = "# expect: ";

    static Stream<Path> corpus() throws IOException {
        Path directory = ValidSystemFilesTest.resource("malformed");
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @Test
    void corpusHasAtLeastThirtyCases() throws IOException {
        assertTrue(corpus().count() >= 30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void reportsExactlyTheExpectedProblems(Path file) throws IOException {
        String firstLine = Files.readAllLines(file).get(0);
        assertTrue(firstLine.startsWith(HEADER), "the first line states the expectation: " + file);
        List<String> expected = Arrays.stream(firstLine.substring(HEADER.length()).split(","))
                .map(String::trim).sorted().toList();

        SymbolicException e = assertThrows(SymbolicException.class, () -> SystemFiles.read(file));
        assertEquals(SymbolicError.INVALID_SYSTEM_FILE, e.key());
        List<String> actual = e.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.kind()).sorted().toList();
        assertEquals(expected, actual, e.getMessage());
        for (SourceProblem problem : e.problems()) {
            assertTrue(problem.format().startsWith(file + ":" + problem.line() + ":" + problem.column() + ": "), problem.format());
        }
    }

    @Test
    void messageSaysWhatWasExpected() {
        String text = "name: Kepler\nkind: ode\nvariables: [x, y, px, py]\nequations:\n  x: px\n  y: py\n  px: -x\n"
                + "  py: -y\n  q: x\nsampling:\n  box: {x: [-1, 1], y: [-1, 1], px: [-1, 1], py: [-1, 1]}\n";
        SymbolicException e = assertThrows(SymbolicException.class, () -> SystemFiles.parse("kepler.yaml", text));
        assertEquals("kepler.yaml:9:3: equation for 'q' but q is not a declared variable; declared: x, y, px, py",
                e.problems().get(0).format());
    }

    @Test
    void collectsEveryProblemNotJustTheFirst() {
        String text = "name: Broken\nkind: ode\nvariables: [x, Sin]\nequations:\n  x: y\n  z: 1\nsampling:\n  box: {x: [2, 1]}\n";
        SymbolicException e = assertThrows(SymbolicException.class, () -> SystemFiles.parse("broken.yaml", text));
        String kinds = e.problems().stream().map(p -> p.kind().name()).collect(Collectors.joining(" "));
        assertEquals("RESERVED_NAME UNKNOWN_SYMBOL UNDECLARED_VARIABLE EMPTY_RANGE", kinds, e.getMessage());
    }
}
