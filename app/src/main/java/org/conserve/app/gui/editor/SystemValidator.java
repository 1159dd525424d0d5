package org.conserve.app.gui.editor;

import java.util.List;

import org.conserve.symbolic.SourceProblem;

/** Checks a system file's text and lists its problems with line and column. Called off the UI thread. */
@FunctionalInterface
public interface SystemValidator {

    /** The problems of {@code text}, in file order; empty when the file is valid. */
    List<SourceProblem> validate(String fileName, String text);
}
