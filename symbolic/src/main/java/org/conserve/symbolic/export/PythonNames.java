package org.conserve.symbolic.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Python name of each declared name in the generated script: the name itself, unless it is a
 * Python keyword or a name the script already uses (a SymPy import, a builtin, one of its own
 * helpers); then an underscore is appended (a variable called {@code lambda} is {@code lambda_}). The
 * SymPy symbol keeps the file's name. Declared names never contain an underscore at the end, so the
 * result cannot meet another declared name. Not thread-safe (one per script).
 */
final class PythonNames {
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");
    private static final Set<String> BUILTINS = Set.of("print", "sum", "all", "any", "len", "range", "max", "min",
            "sorted", "enumerate", "str", "int", "float", "abs", "isinstance", "list", "dict", "set", "tuple", "zip",
            "map", "next", "iter", "repr", "type", "object", "Exception", "ImportError", "TypeError", "ValueError",
            "NotImplementedError", "ZeroDivisionError", "sys", "file");

    private final Set<String> reserved = new HashSet<>();
    private final Map<String, String> chosen = new HashMap<>();

    /** @param scriptNames the names the script itself defines or imports */
    PythonNames(List<String> scriptNames) {
        reserved.addAll(KEYWORDS);
        reserved.addAll(BUILTINS);
        reserved.addAll(SympyPrinter.SYMPY_NAMES);
        reserved.addAll(scriptNames);
    }

    /** The Python identifier of a declared name. */
    String of(String name) {
        return chosen.computeIfAbsent(name, n -> {
            String identifier = n;
            while (reserved.contains(identifier)) {
                identifier = identifier + "_";
            }
            return identifier;
        });
    }

    /** A Python string literal of {@code text}. */
    static String literal(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> literal.append("\\\\");
                case '"' -> literal.append("\\\"");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                default -> literal.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return literal.append('"').toString();
    }
}
