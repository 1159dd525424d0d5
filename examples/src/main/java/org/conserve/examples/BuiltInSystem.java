package org.conserve.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One bundled system file, a class-path resource under {@code /systems/}. Immutable and thread-safe.
 *
 * @param fileName the file name, e.g. {@code kepler-2d.yaml}
 * @param kind     whether the file describes an ODE or a PDE
 */
public record BuiltInSystem(String fileName, SystemKind kind) {

    /** The class-path folder that holds the bundled files (see examples/pom.xml). */
    public static final String FOLDER = "/systems/";

    private static final String EXTENSION = ".yaml";

    public BuiltInSystem {
        Objects.requireNonNull(kind, "kind");
        if (fileName == null || !fileName.endsWith(EXTENSION) || fileName.contains("/")) {
            throw new IllegalArgumentException("expected a file name ending in .yaml, found " + fileName);
        }
    }

    /** The short identifier: the file name without {@code .yaml}, e.g. {@code kepler-2d}. */
    public String id() {
        return fileName.substring(0, fileName.length() - EXTENSION.length());
    }

    /** The absolute class-path resource name, e.g. {@code /systems/kepler-2d.yaml}. */
    public String resourcePath() {
        return FOLDER + fileName;
    }

    /** The resource's URL (inside the jar when packaged). */
    public URL url() {
        URL url = BuiltInSystem.class.getResource(resourcePath());
        if (url == null) {
            throw new IllegalStateException("bundled system " + resourcePath() + " is missing from the class path");
        }
        return url;
    }

    /** The file's text (UTF-8), exactly as bundled: ready for the system-file parser. */
    public String text() {
        try (InputStream in = BuiltInSystem.class.getResourceAsStream(resourcePath())) {
            if (in == null) {
                throw new IllegalStateException("bundled system " + resourcePath() + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled system " + resourcePath(), e);
        }
    }
}
