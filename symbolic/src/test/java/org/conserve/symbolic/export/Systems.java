package org.conserve.symbolic.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;

/** The built-in system files the export tests use (copies under src/test/resources/export). */
final class Systems {
    private Systems() {
    }

    static SystemDefinition kepler() {
        return read("kepler-2d.yaml");
    }

    static SystemDefinition kdv() {
        return read("kdv.yaml");
    }

    static SystemDefinition read(String name) {
        try (InputStream in = Systems.class.getResourceAsStream("/export/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /export/" + name);
            }
            return SystemFiles.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
