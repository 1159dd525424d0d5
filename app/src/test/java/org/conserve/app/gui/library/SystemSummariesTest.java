package org.conserve.app.gui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

class SystemSummariesTest {

    @Test
    void readsNameNotesAndEquationsInFileOrder() throws IOException {
        SystemSummary summary = SystemSummaries.read("kepler.yaml", """
                name: Kepler problem (planar)
                description: A planet around a star.
                notes: |
                  Energy and angular momentum.
                kind: ode
                variables: [x, y, px, py]
                equations:
                  x: px
                  y: py
                  px: -x/(x^2+y^2)^(3/2)
                  py: -y/(x^2+y^2)^(3/2)
                expected: {count: 3, laws: ["x*py - y*px"]}
                """);
        assertEquals("Kepler problem (planar)", summary.name());
        assertEquals(SystemKind.ODE, summary.kind());
        assertEquals(List.of("x", "y", "px", "py"), summary.coordinates());
        assertEquals(List.of("x", "y", "px", "py"),
                summary.equations().stream().map(SystemSummary.Equation::coordinate).toList());
        assertEquals("-x/(x^2+y^2)^(3/2)", summary.equations().get(2).rightHandSide());
        assertEquals("Energy and angular momentum.", summary.notes());
        assertEquals(List.of("x*py - y*px"), summary.expectedLaws());
    }

    @Test
    void readsFieldsOfAPde() throws IOException {
        SystemSummary summary = SystemSummaries.read("kdv.yaml",
                "name: KdV\nkind: pde\nfields: [u]\nequations: {u: 6*u*u_x - u_xxx}\n");
        assertEquals(SystemKind.PDE, summary.kind());
        assertEquals(List.of("u"), summary.coordinates());
        assertEquals(List.of("\\partial_t u = 6 \\, u \\, u_{x} - u_{xxx}"), EquationTex.equations(summary));
    }

    @Test
    void usesTheFileNameWhenTheNameIsMissing() throws IOException {
        assertEquals("mine.yaml", SystemSummaries.read("mine.yaml", "kind: ode\n").name());
        assertEquals(SystemKind.UNKNOWN, SystemSummaries.read("mine.yaml", "kind: sde\n").kind());
    }

    @Test
    void rejectsTextThatIsNotAMapping() {
        assertThrows(IOException.class, () -> SystemSummaries.read("list.yaml", "- a\n- b\n"));
        assertThrows(IOException.class, () -> SystemSummaries.read("broken.yaml", "name: [unclosed\n"));
    }
}
