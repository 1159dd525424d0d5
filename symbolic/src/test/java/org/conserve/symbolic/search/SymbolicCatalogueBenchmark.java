package org.conserve.symbolic.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.conserve.symbolic.SymbolicException;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;
import org.conserve.symbolic.file.SystemKind;
import org.conserve.symbolic.proof.ProofOptions;

/**
 * Runs the symbolic searches on every system file of a folder and prints counts, laws and times.
 * A benchmark, not a test. From the repository root:
 * <pre>
 * mvn -o -q -pl symbolic -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt \
 *     -Dmdep.includeScope=test
 * java -cp symbolic/target/classes:symbolic/target/test-classes:engine/target/classes:$(cat /tmp/cp.txt) \
 *     org.conserve.symbolic.search.SymbolicCatalogueBenchmark examples/systems [maxRank]
 * </pre>
 */
public final class SymbolicCatalogueBenchmark {

    private SymbolicCatalogueBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../examples/systems");
        int maxRank = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            listing.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        for (Path file : files) {
            try {
                run(SystemFiles.read(file), maxRank);
            } catch (SymbolicException e) {
                System.out.println(file.getFileName() + ": " + e.key() + " " + e.getMessage());
            }
        }
        System.exit(0);
    }

    private static void run(SystemDefinition system, int maxRank) {
        long start = System.nanoTime();
        if (system.kind() == SystemKind.ODE) {
            LawSearchResult result = SystemLaws.searchOde(system, SearchOptions.DEFAULT);
            System.out.printf("%s: d=%d count=%d expected=%s degree=%d basis=%d %.2f s (%s)%n", system.file(),
                    system.dimension(), result.count(), system.expected().count(), result.degree(),
                    result.basis().size(), (System.nanoTime() - start) * 1e-9, result.note());
            result.laws().forEach(law -> System.out.println("    " + (law.independent() ? "* " : "  ")
                    + law.proof().status() + " " + system.symbols().render(law.expression())));
        } else {
            PdeLawSearch.Result result = SystemLaws.searchPde(system, maxRank, ProofOptions.DEFAULT);
            System.out.printf("%s: densities=%d expected=%s search %.3f s, with proofs %.2f s%n", system.file(),
                    result.densities().size(), system.expected().count(), result.search().seconds(),
                    (System.nanoTime() - start) * 1e-9);
            result.densities().forEach(d -> System.out.println("    rank " + d.rank() + " " + d.proof().status() + " "
                    + system.symbols().render(d.expression())));
        }
    }
}
