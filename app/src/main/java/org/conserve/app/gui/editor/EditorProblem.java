package org.conserve.app.gui.editor;

import org.conserve.symbolic.SourceProblem;

/**
 * A problem as the editor shows it.
 *
 * @param line    1-based line
 * @param column  1-based column
 * @param message what is wrong and what was expected
 */
public record EditorProblem(int line, int column, String message) {

    static EditorProblem of(SourceProblem problem) {
        return new EditorProblem(problem.line(), problem.column(), problem.message());
    }

    /** {@code line:column: message}. */
    @Override
    public String toString() {
        return line + ":" + column + ": " + message;
    }
}
