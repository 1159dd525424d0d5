package org.conserve.symbolic.file;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.conserve.symbolic.ProblemKind;
import org.conserve.symbolic.SourceProblem;

/** Collects every problem of one file (validation goes on after a mistake, to report them all). */
final class Problems {
    private final String file;
    private final List<SourceProblem> problems = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(int line, int column, ProblemKind kind, String message) {
        problems.add(new SourceProblem(file, line, column, kind, message));
    }

    void add(YamlNode node, ProblemKind kind, String message) {
        add(node.line(), node.column(), kind, message);
    }

    void add(YamlNode.Entry key, ProblemKind kind, String message) {
        add(key.line(), key.column(), kind, message);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int size() {
        return problems.size();
    }

    /** The problems in file order (line, then column). */
    List<SourceProblem> sorted() {
        List<SourceProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(SourceProblem::line).thenComparingInt(SourceProblem::column));
        return sorted;
    }
}
