package org.conserve.app.gui.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The built-in systems: the {@code .yaml} files in a class-path folder ({@code systems}, bundled by the
 * examples module), whether that folder is a directory or inside a jar.
 */
public final class BuiltInSystems implements SystemSource {
    private final ClassLoader loader;
    private final String folder;

    public BuiltInSystems(ClassLoader loader, String folder) {
        this.loader = loader;
        this.folder = folder;
    }

    /** The product's built-ins: class-path folder {@code systems}. */
    public static BuiltInSystems standard() {
        return new BuiltInSystems(BuiltInSystems.class.getClassLoader(), "systems");
    }

    @Override
    public Loaded load() throws IOException {
        Map<String, String> texts = new TreeMap<>();
        Enumeration<URL> roots = loader.getResources(folder);
        while (roots.hasMoreElements()) {
            collect(roots.nextElement(), texts);
        }
        List<SystemSummary> systems = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        texts.forEach((fileName, text) -> {
            try {
                systems.add(SystemSummaries.read(fileName, text));
            } catch (IOException e) {
                unreadable.add(fileName + ": " + firstLine(e.getMessage()));
            }
        });
        systems.sort(Comparator.comparing(SystemSummary::kind).thenComparing(SystemSummary::name));
        return new Loaded(systems, unreadable);
    }

    private void collect(URL root, Map<String, String> texts) throws IOException {
        URI uri;
        try {
            uri = root.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("cannot read the built-in systems at " + root, e);
        }
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem jar = openJar(uri)) {
                readFolder(jar.provider().getPath(uri), texts);
            } catch (FileSystemAlreadyExistsException alreadyOpen) {
                readFolder(Path.of(uri), texts);
            }
        } else {
            readFolder(Path.of(uri), texts);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        return FileSystems.newFileSystem(uri, Map.of());
    }

    private static void readFolder(Path directory, Map<String, String> texts) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(file -> file.getFileName().toString().endsWith(".yaml")).forEach(file -> {
                try {
                    texts.putIfAbsent(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
