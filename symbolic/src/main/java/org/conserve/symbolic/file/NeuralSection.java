package org.conserve.symbolic.file;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.conserve.engine.neural.InductiveBias;
import org.conserve.symbolic.ProblemKind;

/**
 * Reads the optional {@code neural} key of an ODE file:
 * <pre>
 *   neural: {bias: bodies, bodies: [[x1, y1, px1, py1], [x2, y2, px2, py2]], positions: 2, expected: 4,
 *            networks: 6}
 *   neural: {bias: radial, position: [x, y]}
 * </pre>
 * Every variable must be in exactly one body, bodies must have the same size, and a body's first
 * {@code positions} variables are its position.
 */
final class NeuralSection {
    private static final String BODIES_EXAMPLE = "{bias: bodies, bodies: [[x1, y1, px1, py1], [x2, y2, px2, py2]],"
            + " positions: 2}";
    private static final String RADIAL_EXAMPLE = "{bias: radial, position: [x, y]}";
    private final Reading reading;
    private final List<String> variables;

    NeuralSection(Reading reading, List<String> variables) {
        this.reading = reading;
        this.variables = variables;
    }

    /** The settings, {@link NeuralSettings#NONE} when absent; problems are reported and give NONE. */
    NeuralSettings read(YamlNode.Mapping root) {
        Optional<YamlNode.Mapping> neural = root.entry("neural")
                .flatMap(e -> reading.mapping(e.value(), "neural", BODIES_EXAMPLE + " or " + RADIAL_EXAMPLE));
        if (neural.isEmpty()) {
            return NeuralSettings.NONE;
        }
        YamlNode.Mapping map = neural.get();
        reading.onlyKeys(map, "neural", List.of("bias", "bodies", "positions", "position", "expected", "networks"), Map.of());
        OptionalInt count = map.entry("expected").map(n -> reading.integer(n.value(), "neural.expected", 0, 100_000))
                .orElse(OptionalInt.empty());
        OptionalInt networks = map.entry("networks")
                .map(n -> reading.integer(n.value(), "neural.networks", 1, 1000)).orElse(OptionalInt.empty());
        Optional<YamlNode> kind = reading.required(map, "bias", new int[] {map.line(), map.column()}, "neural",
                "bias: bodies or bias: radial");
        Optional<String> name = kind.flatMap(n -> reading.text(n, "neural.bias"));
        if (name.isEmpty()) {
            return NeuralSettings.NONE;
        }
        InductiveBias bias = switch (name.get()) {
            case "none" -> {
                forbid(map, "bias: none", "bodies", "positions", "position");
                yield InductiveBias.NONE;
            }
            case "bodies" -> {
                forbid(map, "bias: bodies", "position");
                yield bodies(map);
            }
            case "radial" -> {
                forbid(map, "bias: radial", "bodies", "positions");
                yield radial(map);
            }
            default -> {
                reading.problems.add(kind.get(), ProblemKind.INVALID_VALUE,
                        "neural.bias must be bodies, radial or none, found " + kind.get().describe());
                yield null;
            }
        };
        return bias == null ? NeuralSettings.NONE : new NeuralSettings(bias, count, networks);
    }

    private void forbid(YamlNode.Mapping map, String where, String... keys) {
        for (String key : keys) {
            map.entries().stream().filter(e -> e.key().equals(key)).findFirst().ifPresent(e ->
                    reading.problems.add(e, ProblemKind.UNKNOWN_KEY, "neural." + key + " does not go with " + where));
        }
    }

    private InductiveBias bodies(YamlNode.Mapping map) {
        int[] anchor = {map.line(), map.column()};
        Optional<YamlNode.Sequence> list = reading.required(map, "bodies", anchor, "neural", BODIES_EXAMPLE)
                .flatMap(n -> reading.sequence(n, "neural.bodies", "[[x1, y1, px1, py1], [x2, y2, px2, py2]]"));
        OptionalInt positions = reading.required(map, "positions", anchor, "neural",
                        "positions: 2 (how many leading variables of each body are its position)")
                .map(n -> reading.integer(n, "neural.positions", 1, 100_000)).orElse(OptionalInt.empty());
        if (list.isEmpty()) {
            return null;
        }
        Map<String, YamlNode> placed = new HashMap<>();
        List<List<Integer>> bodies = new ArrayList<>();
        boolean valid = true;
        YamlNode.Sequence first = null;
        for (YamlNode item : list.get().items()) {
            Optional<YamlNode.Sequence> body = reading.sequence(item, "a body", "[x1, y1, px1, py1]");
            if (body.isEmpty()) {
                valid = false;
                continue;
            }
            if (first == null) {
                first = body.get();
            } else if (body.get().items().size() != first.items().size()) {
                reading.problems.add(item, ProblemKind.INVALID_VALUE, "every body must have the same number of"
                        + " variables: this one has " + body.get().items().size() + ", the first (line "
                        + first.line() + ") has " + first.items().size());
                valid = false;
            }
            List<Integer> indices = new ArrayList<>();
            for (YamlNode variable : body.get().items()) {
                Optional<Integer> index = variable(variable, "a body's variable");
                if (index.isEmpty()) {
                    valid = false;
                    continue;
                }
                YamlNode earlier = placed.putIfAbsent(variables.get(index.get()), variable);
                if (earlier != null) {
                    reading.problems.add(variable, ProblemKind.INVALID_VALUE, "variable '" + variables.get(index.get())
                            + "' is already in a body (line " + earlier.line() + ", column " + earlier.column()
                            + "); every variable belongs to exactly one body");
                    valid = false;
                }
                indices.add(index.get());
            }
            bodies.add(indices);
        }
        if (list.get().items().size() < 2) {
            reading.problems.add(list.get(), ProblemKind.INVALID_VALUE, "neural.bodies needs at least 2 bodies, found "
                    + list.get().items().size());
            return null;
        }
        List<String> missing = variables.stream().filter(v -> !placed.containsKey(v)).toList();
        if (valid && !missing.isEmpty()) {
            reading.problems.add(list.get(), ProblemKind.INVALID_VALUE, "every variable must belong to a body; not in"
                    + " any: " + String.join(", ", missing));
            valid = false;
        }
        if (valid && first != null && positions.isPresent() && positions.getAsInt() > first.items().size()) {
            YamlNode node = map.entry("positions").orElseThrow().value();
            reading.problems.add(node, ProblemKind.INVALID_VALUE, "neural.positions must be at most the body size "
                    + first.items().size() + ", found " + positions.getAsInt());
            valid = false;
        }
        return valid && positions.isPresent() ? new InductiveBias.Bodies(bodies, positions.getAsInt()) : null;
    }

    private InductiveBias radial(YamlNode.Mapping map) {
        Optional<YamlNode.Sequence> list = reading.required(map, "position", new int[] {map.line(), map.column()},
                        "neural", RADIAL_EXAMPLE)
                .flatMap(n -> reading.sequence(n, "neural.position", "[x, y]"));
        if (list.isEmpty()) {
            return null;
        }
        List<Integer> position = new ArrayList<>();
        boolean valid = !list.get().items().isEmpty();
        if (!valid) {
            reading.problems.add(list.get(), ProblemKind.INVALID_VALUE, "neural.position needs at least one variable");
        }
        for (YamlNode variable : list.get().items()) {
            Optional<Integer> index = variable(variable, "a position variable");
            if (index.isEmpty()) {
                valid = false;
            } else if (position.contains(index.get())) {
                reading.problems.add(variable, ProblemKind.INVALID_VALUE, "variable '" + variables.get(index.get())
                        + "' appears twice in neural.position");
                valid = false;
            } else {
                position.add(index.get());
            }
        }
        return valid ? new InductiveBias.Radial(position) : null;
    }

    /** The index of a declared variable named by {@code node}. */
    private Optional<Integer> variable(YamlNode node, String what) {
        Optional<String> name = reading.text(node, what);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        int index = variables.indexOf(name.get());
        if (index < 0) {
            reading.problems.add(node, ProblemKind.UNDECLARED_VARIABLE, "'" + name.get() + "' in neural is not a"
                    + " declared variable; declared: " + String.join(", ", variables));
            return Optional.empty();
        }
        return Optional.of(index);
    }
}
