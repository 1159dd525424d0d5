package org.conserve.app.gui.editor;

import java.util.List;

import org.conserve.symbolic.ProblemKind;
import org.conserve.symbolic.SourceProblem;
import org.conserve.symbolic.SymbolicError;
import org.conserve.symbolic.SymbolicException;
import org.conserve.symbolic.file.SystemFiles;

/**
 * The full validation of the symbolic module ({@link SystemFiles#parse}): YAML, keys, names and every
 * expression, each problem with its line and column. Failures that are not problems of the file (a
 * Symja time-out) are thrown, so they reach the user as a message rather than as a false problem.
 */
public final class SymbolicValidator implements SystemValidator {

    @Override
    public List<SourceProblem> validate(String fileName, String text) {
        try {
            SystemFiles.parse(fileName, text);
            return List.of();
        } catch (SymbolicException e) {
            if (e.key() != SymbolicError.INVALID_SYSTEM_FILE) {
                throw e;
            }
            if (e.problems().isEmpty()) {
                return List.of(new SourceProblem(fileName, 1, 1, ProblemKind.INVALID_VALUE, e.getMessage()));
            }
            return e.problems();
        }
    }
}
