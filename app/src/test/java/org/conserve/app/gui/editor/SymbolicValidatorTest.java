package org.conserve.app.gui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.conserve.examples.BuiltInSystem;
import org.conserve.examples.Catalogue;
import org.conserve.symbolic.SourceProblem;
import org.junit.jupiter.api.Test;

class SymbolicValidatorTest {
    private final SymbolicValidator validator = new SymbolicValidator();

    @Test
    void everyBuiltInSystemIsValid() {
        for (BuiltInSystem system : Catalogue.list()) {
            assertEquals(List.of(), validator.validate(system.fileName(), system.text()), system.fileName());
        }
    }

    @Test
    void aBrokenEquationIsReportedAtItsLineAndColumn() {
        String text = """
                name: Oscillator
                kind: ode
                variables: [x, p]
                equations:
                  x: p
                  p: -x + * 2
                sampling:
                  box: {x: [-1, 1], p: [-1, 1]}
                """;
        List<SourceProblem> problems = validator.validate("mine.yaml", text);
        assertFalse(problems.isEmpty());
        SourceProblem first = problems.get(0);
        assertEquals(6, first.line(), first::format);
        assertEquals(11, first.column(), first::format);
    }
}
