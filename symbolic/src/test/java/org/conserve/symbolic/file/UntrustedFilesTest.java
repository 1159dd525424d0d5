package org.conserve.symbolic.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.conserve.symbolic.SymbolicError;
import org.conserve.symbolic.SymbolicException;
import org.conserve.symbolic.SymjaSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files are data: a file that tries to define, assign, read or write files, or run commands is
 * refused, and Symja never sees any of it (the session's call counter does not move).
 */
class UntrustedFilesTest {
    @TempDir
    static Path scratch;

    private static String oscillatorWith(String key, String value) {
        String p = key.equals("p") ? value : "-k*x";
        String k = key.equals("k") ? value : "2";
        String where = key.equals("where") ? "\n  where: " + value : "";
        String law = key.equals("law") ? "\nexpected: {laws: [" + value + "]}" : "";
        String initial = key.equals("initial") ? "\nsimulation: {initial: {x: " + value + ", p: 0}}" : "";
        return "name: Oscillator\nkind: ode\nparameters: {k: " + k + "}\nvariables: [x, p]\nequations:\n  x: p\n  p: " + p
                + "\nsampling:\n  box: {x: [-1, 1], p: [-1, 1]}" + where + law + initial + "\n";
    }

    private static void assertRefusedWithoutSymja(String text) {
        SymjaSession session = SymjaSession.get();
        long before = session.callCount();
        SymbolicException e = assertThrows(SymbolicException.class, () -> SystemFiles.parse("attack.yaml", text));
        assertEquals(SymbolicError.INVALID_SYSTEM_FILE, e.key());
        assertFalse(e.problems().isEmpty());
        assertEquals(before, session.callCount(), "Symja was called for a refused file: " + e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "x := 5", "x = 5", "Set[x, 5]", "SetDelayed[f[x], x]", "f[x_] := x^2", "Clear[x]",
            "'Import[\"/etc/passwd\"]'", "'Get[\"/etc/passwd\"]'", "'<< \"/etc/passwd\"'", "'Run[\"ls\"]'",
            "'RunProcess[\"ls\"]'", "'ToExpression[\"Run[1]\"]'", "'Module[{a}, a]'", "'Block[{x = 1}, x]'",
            "'CompoundExpression[x, x]'", "x; x", "'\"text\"'", "'{x, p}'", "'#^2 &[x]'", "'Sin @ x'",
            "x // Sin", "'x /. x -> 1'", "'Function[y, y][x]'", "'Apply[Plus, x]'", "'Evaluate[x]'",
            "'Hold[x]'", "'N[x]'", "'D[x, x]'", "'Integrate[x, x]'", "'Print[x]'", "'Quit[]'", "'Exit[]'",
            "x_", "'x:p'", "'$HomeDirectory'", "'x >> out'", "'x >>> out'", "'Table[x, 1000000000]'",
    })
    void refusesProgramsInEquationsBeforeSymja(String attack) {
        assertRefusedWithoutSymja(oscillatorWith("p", attack));
    }

    @ParameterizedTest
    @ValueSource(strings = {"k", "where", "law", "initial"})
    void refusesProgramsEverywhereExpressionsAppear(String place) {
        assertRefusedWithoutSymja(oscillatorWith(place, "'Run[\"ls\"]'"));
    }

    @Test
    void putNeverWritesItsFile() {
        Path target = scratch.resolve("written-by-a-system-file.txt");
        String attack = "'Put[x, \"" + target + "\"]'";
        assertRefusedWithoutSymja(oscillatorWith("p", attack));
        assertRefusedWithoutSymja(oscillatorWith("p", "'x >> \"" + target + "\"'"));
        assertFalse(Files.exists(target), "Put wrote " + target);
    }

    @Test
    void aDeclaredNameIsNeverCalled() {
        String text = "name: Named like built-ins\nkind: ode\nvariables: [Run, Import]\nequations:\n  Run: Import\n"
                + "  Import: 'Run[1]'\nsampling:\n  box: {Run: [-1, 1], Import: [-1, 1]}\n";
        assertRefusedWithoutSymja(text);
    }

    @Test
    void theCounterSeesAValidFile() {
        long before = SymjaSession.get().callCount();
        SystemFiles.parse("oscillator.yaml", oscillatorWith("p", "-k*x"));
        assertTrue(SymjaSession.get().callCount() > before, "a valid file is canonicalised by Symja");
    }
}
