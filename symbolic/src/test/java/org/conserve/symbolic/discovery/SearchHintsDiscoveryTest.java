package org.conserve.symbolic.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;
import org.conserve.symbolic.proof.ProofStatus;
import org.conserve.symbolic.search.SearchOptions;
import org.junit.jupiter.api.Test;

/**
 * The file's {@code search} key: hints extend the basis, degree caps it. The log-potential oscillator
 * x' = y, y' = -x/(1 + x^2) conserves y^2 + Log(1 + x^2) (d/dt = 2y(-x/(1+x^2)) + 2x y/(1+x^2) = 0);
 * no polynomial is conserved, and 1 + x^2 is no sum of squares of linear forms, so the basis built
 * from f alone cannot hold the energy.
 */
class SearchHintsDiscoveryTest {

    private static String logOscillator(String search) {
        return """
                name: log-potential oscillator
                kind: ode
                variables: [x, y]
                parameters: {a: 1}
                equations:
                  x: y
                  y: -x/(a + x^2)
                sampling:
                  box: {x: [-2, 2], y: [-2, 2]}
                %s
                """.formatted(search);
    }

    private static SymbolicOutcome search(String text) {
        SystemDefinition definition = SystemFiles.parse("system.yaml", text);
        return SymbolicDiscovery.searchOde(definition, SymbolicDiscovery.odeSystem(definition), SearchOptions.DEFAULT);
    }

    @Test
    void automaticBasisMissesTheLogEnergy() {
        SymbolicOutcome outcome = search(logOscillator(""));
        assertEquals(0, outcome.count(), outcome::toString);
        assertTrue(outcome.basis().stream().noneMatch(b -> b.contains("Log")), outcome.basis()::toString);
    }

    @Test
    void hintFindsAndProvesTheLogEnergy() {
        SymbolicOutcome outcome = search(logOscillator("search: {hints: [\"Log(a + x^2)\"]}"));
        assertEquals(1, outcome.count(), outcome::toString);
        SymbolicLaw energy = outcome.laws().get(0);
        assertEquals(ProofStatus.PROVED, energy.status(), energy::toString);
        String compact = energy.expression().replace(" ", "");
        assertTrue(compact.contains("Log(1+x^2)") && compact.contains("y^2"), compact);
        assertTrue(outcome.basis().stream().anyMatch(b -> b.replace(" ", "").equals("Log(1+x^2)")),
                outcome.basis()::toString);
        assertTrue(outcome.note().contains("1 hint from the file"), outcome.note());
    }

    @Test
    void fileDegreeCapsTheSearch() {
        String oscillator = """
                name: oscillator
                kind: ode
                variables: [x, p]
                equations:
                  x: p
                  p: -x
                sampling:
                  box: {x: [-1, 1], p: [-1, 1]}
                search: {degree: %d}
                """;
        SymbolicOutcome capped = search(oscillator.formatted(1));
        assertEquals(0, capped.count(), capped::toString);
        assertFalse(capped.basis().stream().anyMatch(b -> b.contains("^2") || b.contains("*")), capped.basis()::toString);
        assertEquals(1, search(oscillator.formatted(2)).count());
    }

    @Test
    void fileDegreeAboveTheDefaultIsTried() {
        SymbolicOutcome outcome = search(logOscillator("search: {degree: 6}"));
        assertTrue(outcome.basis().stream().anyMatch(b -> b.replace(" ", "").equals("x^6")), outcome.basis()::toString);
    }
}
