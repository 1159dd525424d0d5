package org.conserve.app.gui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.conserve.symbolic.export.AtomicFiles;

/**
 * Reads and writes system files. A save never leaves a half-written file ({@link AtomicFiles}).
 */
public final class SystemFileStore {

    public String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Saves {@code text}; a folder that does not exist is an error here (a save never creates folders). */
    public void writeAtomically(Path file, String text) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "the folder does not exist");
        }
        AtomicFiles.write(file, text);
    }
}
