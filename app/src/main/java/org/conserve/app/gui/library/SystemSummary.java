package org.conserve.app.gui.library;

import java.util.List;

/**
 * What the library shows about one system file, read without validating it.
 *
 * @param id          where it comes from: the file name of a built-in, or a path
 * @param name        the {@code name:} value, or the file name when it has none
 * @param description the one-line description, "" when absent
 * @param notes       the teaching note (Markdown), "" when absent
 * @param kind        ODE or PDE
 * @param coordinates the variables (ODE) or fields (PDE), in file order
 * @param equations   the right-hand sides, in file order
 * @param expectedLaws the {@code expected.laws} expressions, in file order
 * @param text        the whole file
 */
public record SystemSummary(String id, String name, String description, String notes, SystemKind kind,
        List<String> coordinates, List<Equation> equations, List<String> expectedLaws, String text) {

    public SystemSummary {
        coordinates = List.copyOf(coordinates);
        equations = List.copyOf(equations);
        expectedLaws = List.copyOf(expectedLaws);
    }

    /** {@code d(coordinate)/dt = rightHandSide}. */
    public record Equation(String coordinate, String rightHandSide) {
    }

    @Override
    public String toString() {
        return name;
    }
}
