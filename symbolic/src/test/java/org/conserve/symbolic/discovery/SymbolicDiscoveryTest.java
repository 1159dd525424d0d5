package org.conserve.symbolic.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.conserve.engine.system.OdeSystem;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;
import org.conserve.symbolic.proof.ProofStatus;
import org.conserve.symbolic.search.SearchOptions;
import org.junit.jupiter.api.Test;

class SymbolicDiscoveryTest {

    private static final String OSCILLATOR = """
            name: oscillator
            kind: ode
            variables: [x, p]
            parameters: {w: 2}
            equations:
              x: p
              p: -w^2*x
            sampling:
              box: {x: [-1, 1], p: [-1, 1]}
            """;

    private static String kdv(String density) {
        return """
                name: KdV
                kind: pde
                fields: [u]
                space: {x: [0, 20], points: 64, boundary: periodic}
                equations:
                  u: 6*u*u_x - u_xxx
                density: [%s]
                """.formatted(density);
    }

    private static final String NLS = """
            name: NLS
            kind: pde
            fields: [a, b]
            parameters: {k: -1}
            space: {x: [-20, 20], points: 64, boundary: periodic}
            equations:
              a: -b_xx/2 + k*(a^2 + b^2)*b
              b: a_xx/2 - k*(a^2 + b^2)*a
            density: [a, b, a_x, b_x]
            """;

    @Test
    void findsTheOscillatorEnergyInTheUsersNames() {
        SystemDefinition definition = SystemFiles.parse("osc.yaml", OSCILLATOR);
        OdeSystem system = SymbolicDiscovery.odeSystem(definition);
        SymbolicOutcome outcome = SymbolicDiscovery.searchOde(definition, system, SearchOptions.DEFAULT);
        assertEquals(1, outcome.count(), outcome::toString);
        SymbolicLaw energy = outcome.laws().get(0);
        assertEquals(ProofStatus.PROVED, energy.status());
        assertTrue(energy.independent());
        String compact = energy.expression().replace(" ", "");
        assertTrue(compact.contains("p^2") && compact.contains("x^2"), compact);
        assertTrue(outcome.basis().stream().anyMatch(b -> b.equals("x")), outcome.basis()::toString);
    }

    @Test
    void countsKdvDensitiesByTheFeaturesAllowed() {
        assertEquals(List.of(2, 3, 4), List.of("u", "u, u_x", "u, u_x, u_xx").stream()
                .map(features -> SymbolicDiscovery.searchPde(SystemFiles.parse("kdv.yaml", kdv(features))).count())
                .toList());
    }

    @Test
    void provesMassMomentumAndEnergyOfNls() {
        SymbolicOutcome outcome = SymbolicDiscovery.searchPde(SystemFiles.parse("nls.yaml", NLS));
        assertEquals(3, outcome.count(), outcome::toString);
        assertTrue(outcome.laws().stream().allMatch(law -> law.status() == ProofStatus.PROVED), outcome::toString);
        assertTrue(outcome.laws().stream().anyMatch(law -> law.expression().contains("a_x")), outcome::toString);
    }
}
