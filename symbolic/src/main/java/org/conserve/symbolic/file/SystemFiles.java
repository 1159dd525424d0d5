package org.conserve.symbolic.file;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.conserve.symbolic.SymbolicError;
import org.conserve.symbolic.SymbolicException;

/**
 * Reads system files (the YAML format of docs/system-format.md) into validated
 * {@link SystemDefinition}s.
 *
 * <p>File text is data: expressions are parsed by Conserve's own parser, which accepts only numbers,
 * declared names, arithmetic and the elementary functions, and Symja evaluates nothing before the
 * whole file is valid. Every mistake is reported, not just the first, as a
 * {@link org.conserve.symbolic.SourceProblem} with file, line and column.
 *
 * <p>Thread-safety: all methods may be called from any thread (Symja work goes through
 * {@link org.conserve.symbolic.SymjaSession}).
 */
public final class SystemFiles {
    /** Larger files are refused: a system file is a few kilobytes. */
    public static final long MAX_BYTES = 1 << 20;

    private SystemFiles() {
    }

    /**
     * Reads and validates the file at {@code path}; problems name the file as {@code path} was given.
     *
     * @throws SymbolicException {@link SymbolicError#UNREADABLE_FILE} if it cannot be read as UTF-8
     *                           text; {@link SymbolicError#INVALID_SYSTEM_FILE} with every problem
     */
    public static SystemDefinition read(Path path) {
        String text;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new SymbolicException(SymbolicError.UNREADABLE_FILE, path + ": larger than " + MAX_BYTES
                        + " bytes; a system file is a small YAML text");
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            throw new SymbolicException(SymbolicError.UNREADABLE_FILE, path + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new SymbolicException(SymbolicError.UNREADABLE_FILE, path + ": cannot be read (" + e + ")", e);
        }
        return parse(path.toString(), text);
    }

    /**
     * Validates {@code text} as a system file called {@code fileName} (used in messages only).
     *
     * @throws SymbolicException {@link SymbolicError#INVALID_SYSTEM_FILE} carrying every problem, in
     *                           file order; its message is one {@code FILE:LINE:COLUMN: message} line each
     */
    public static SystemDefinition parse(String fileName, String text) {
        return SystemValidator.validate(fileName, text);
    }
}
