package org.conserve.symbolic.file;

import java.util.List;
import java.util.Optional;

/**
 * A YAML value with the 1-based line and column where it starts in the file: the small positioned
 * tree the system-file validator reads.
 */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    int line();

    int column();

    /** How the value reads in a message: "a mapping", "a list", "the text 'abc'", "nothing". */
    String describe();

    /** A key of a mapping and its value. */
    record Entry(String key, int line, int column, YamlNode value) {
    }

    /** A mapping; keys are distinct (the reader reports duplicates and keeps the first). */
    record Mapping(List<Entry> entries, int line, int column) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A list. */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar: its text as written (numbers and booleans keep their spelling, so a variable
     * called {@code on} or {@code n} is just a name), or null for an empty value or {@code ~}.
     */
    record Scalar(String text, int line, int column) implements YamlNode {
        boolean isNull() {
            return text == null;
        }

        @Override
        public String describe() {
            return text == null ? "nothing" : "'" + text + "'";
        }
    }
}
