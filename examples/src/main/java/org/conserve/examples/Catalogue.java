package org.conserve.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The built-in systems bundled with Conserve, in a stable order: ODEs first, then PDEs, each group in
 * teaching order (simple to hard). The order comes from the index {@code /systems/index.txt}, because a
 * folder inside a jar cannot be listed portably; tests check the index against the folder.
 *
 * <p>Thread-safe: the index is read once, on first use, into an immutable list.
 */
public final class Catalogue {

    /** The class-path resource that lists the bundled files. */
    public static final String INDEX = BuiltInSystem.FOLDER + "index.txt";

    private Catalogue() {
    }

    /** Every bundled system, ODEs first, then PDEs; the same order on every call. */
    public static List<BuiltInSystem> list() {
        return Holder.ALL;
    }

    /** The bundled systems of one kind, in catalogue order. */
    public static List<BuiltInSystem> list(SystemKind kind) {
        return Holder.ALL.stream().filter(s -> s.kind() == kind).toList();
    }

    /** The bundled system with this id ({@code kepler-2d}) or file name ({@code kepler-2d.yaml}). */
    public static Optional<BuiltInSystem> find(String idOrFileName) {
        return Holder.ALL.stream()
                .filter(s -> s.id().equals(idOrFileName) || s.fileName().equals(idOrFileName))
                .findFirst();
    }

    /**
     * The text of the bundled system with this id or file name.
     *
     * @throws IllegalArgumentException naming the known ids when there is no such system
     */
    public static String read(String idOrFileName) {
        return find(idOrFileName)
                .orElseThrow(() -> new IllegalArgumentException("no built-in system '" + idOrFileName
                        + "'; expected one of: " + Holder.ALL.stream().map(BuiltInSystem::id)
                        .collect(Collectors.joining(", "))))
                .text();
    }

    /** Lazy holder: the index is parsed once, on first use, by the class-loading lock. */
    private static final class Holder {
        static final List<BuiltInSystem> ALL = readIndex();
    }

    private static List<BuiltInSystem> readIndex() {
        try (InputStream in = Catalogue.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("the catalogue index " + INDEX + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<BuiltInSystem> systems = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                systems.add(parseEntry(content, number));
            }
            // Group by kind (ODE before PDE) while keeping the index order inside each group.
            systems.sort(Comparator.comparing(BuiltInSystem::kind));
            return List.copyOf(systems);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalogue index " + INDEX, e);
        }
    }

    private static BuiltInSystem parseEntry(String content, int lineNumber) {
        String[] parts = content.split("\\s+");
        if (parts.length != 2) {
            throw new IllegalStateException(INDEX + ":" + lineNumber + ": expected 'KIND FILE', found '" + content + "'");
        }
        try {
            return new BuiltInSystem(parts[1], SystemKind.fromFileSpelling(parts[0]));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(INDEX + ":" + lineNumber + ": " + e.getMessage(), e);
        }
    }
}
