package org.conserve.symbolic.file;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.conserve.engine.system.Interval;
import org.conserve.symbolic.ProblemKind;
import org.conserve.symbolic.expr.DeclaredSymbol;
import org.conserve.symbolic.expr.ParsedExpression;
import org.conserve.symbolic.expr.SymbolRole;
import org.matheclipse.core.interfaces.ISymbol;

/** Reads the sections after the declarations: sampling, space, density, simulation and expected. */
final class Sections {
    private static final int[] FILE_START = {1, 1};
    private static final Map<String, String> ODE_SAMPLING_HINTS = Map.of(
            "states", "random states are for PDEs; an ODE samples a box",
            "modes", "random states are for PDEs; an ODE samples a box",
            "amplitude", "random states are for PDEs; an ODE samples a box");
    private static final Map<String, String> PDE_SAMPLING_HINTS = Map.of(
            "box", "a PDE samples random smooth states (states, modes, amplitude), not a box",
            "where", "a PDE samples random smooth states (states, modes, amplitude); where is for ODEs",
            "points", "the grid size of a PDE is space.points; sampling.states is the number of states");

    private final Reading reading;
    private final Scopes scopes;
    private final SystemKind kind;
    private final List<String> coordinates;
    private final Declarations declarations;
    private OptionalInt gridPoints = OptionalInt.empty();

    Sections(Reading reading, Scopes scopes, SystemKind kind, Declarations declarations) {
        this.declarations = declarations;
        this.reading = reading;
        this.scopes = scopes;
        this.kind = kind;
        this.coordinates = declarations.coordinates();
    }

    private String word() {
        return kind == SystemKind.ODE ? "variable" : "field";
    }

    /** ODE: {@code sampling: {box, where, points}}. Null after reporting a problem. */
    Sampling.Box box(YamlNode.Mapping root) {
        Optional<YamlNode.Entry> entry = root.entry("sampling");
        if (entry.isEmpty()) {
            reading.required(root, "sampling", FILE_START, "the file", "a range for every variable, e.g. sampling: {box: {x: [-1, 1]}}");
            return null;
        }
        Optional<YamlNode.Mapping> sampling = reading.mapping(entry.get().value(), "sampling", "{box: {x: [-1, 1]}}");
        if (sampling.isEmpty()) {
            return null;
        }
        reading.onlyKeys(sampling.get(), "sampling", List.of("box", "where", "points"), ODE_SAMPLING_HINTS);
        List<Interval> ranges = ranges(sampling.get(), entry.get());
        Optional<ParsedExpression> where = sampling.get().entry("where")
                .flatMap(w -> reading.expression(w.value(), scopes.where, true, "sampling.where"));
        OptionalInt points = sampling.get().entry("points")
                .map(p -> reading.integer(p.value(), "sampling.points", 1, 100_000_000)).orElse(OptionalInt.empty());
        return ranges == null ? null : new Sampling.Box(ranges, where, points);
    }

    private List<Interval> ranges(YamlNode.Mapping sampling, YamlNode.Entry samplingKey) {
        Optional<YamlNode.Entry> boxEntry = sampling.entry("box");
        if (boxEntry.isEmpty()) {
            reading.required(sampling, "box", anchor(samplingKey), "sampling", "a range [min, max] for every variable, e.g. box: {x: [-1, 1]}");
            return null;
        }
        Optional<YamlNode.Mapping> box = reading.mapping(boxEntry.get().value(), "sampling.box", "{x: [-1, 1], y: [-2, 2]}");
        if (box.isEmpty()) {
            return null;
        }
        Map<String, Interval> byName = new HashMap<>();
        for (YamlNode.Entry range : box.get().entries()) {
            if (declarations.alreadyReported(range.key())) {
                continue;
            }
            if (!coordinates.contains(range.key())) {
                reading.problems.add(range, ProblemKind.UNDECLARED_VARIABLE, "range for '" + range.key() + "' but "
                        + range.key() + " is not a declared variable; declared: " + String.join(", ", coordinates));
                continue;
            }
            range(range.value(), "the range of '" + range.key() + "'").ifPresent(r -> byName.put(range.key(), r));
        }
        List<Interval> ranges = new ArrayList<>();
        for (String coordinate : coordinates) {
            if (box.get().entry(coordinate).isEmpty()) {
                reading.problems.add(boxEntry.get(), ProblemKind.MISSING_RANGE, "no range for variable '" + coordinate
                        + "' in sampling.box; expected a range [min, max] for every variable: " + String.join(", ", coordinates));
            }
            ranges.add(byName.get(coordinate));
        }
        return ranges.contains(null) ? null : ranges;
    }

    /** {@code [min, max]} with constant bounds and min &lt; max. */
    Optional<Interval> range(YamlNode node, String what) {
        Optional<YamlNode.Sequence> list = reading.sequence(node, what, "[-1, 1]");
        if (list.isEmpty()) {
            return Optional.empty();
        }
        if (list.get().items().size() != 2) {
            reading.problems.add(node, ProblemKind.WRONG_TYPE, what + " must be [min, max] with two numbers, found a list of "
                    + list.get().items().size());
            return Optional.empty();
        }
        OptionalDouble min = reading.constant(list.get().items().get(0), scopes.constants, "the minimum of " + what);
        OptionalDouble max = reading.constant(list.get().items().get(1), scopes.constants, "the maximum of " + what);
        if (min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        if (!(min.getAsDouble() < max.getAsDouble())) {
            reading.problems.add(node, ProblemKind.EMPTY_RANGE, what + " [" + min.getAsDouble() + ", " + max.getAsDouble()
                    + "] is empty or inverted: expected [min, max] with min < max");
            return Optional.empty();
        }
        return Optional.of(new Interval(min.getAsDouble(), max.getAsDouble()));
    }

    /** PDE: {@code space: {x: [a, b], points: N, boundary: periodic}}. */
    Optional<Space> space(YamlNode.Mapping root) {
        Optional<YamlNode.Entry> entry = root.entry("space");
        if (entry.isEmpty()) {
            reading.required(root, "space", FILE_START, "the file",
                    "the periodic interval and grid, e.g. space: {x: [-10, 10], points: 64, boundary: periodic}");
            return Optional.empty();
        }
        Optional<YamlNode.Mapping> space = reading.mapping(entry.get().value(), "space", "{x: [-10, 10], points: 64, boundary: periodic}");
        if (space.isEmpty()) {
            return Optional.empty();
        }
        reading.onlyKeys(space.get(), "space", List.of("x", "points", "boundary"), Map.of());
        Optional<Interval> x = reading.required(space.get(), "x", anchor(entry.get()), "space", "the interval of x, e.g. x: [-10, 10]")
                .flatMap(n -> range(n, "space.x"));
        gridPoints = reading.required(space.get(), "points", anchor(entry.get()), "space", "the number of grid points, e.g. points: 64")
                .map(n -> reading.integer(n, "space.points", 4, 1 << 20)).orElse(OptionalInt.empty());
        space.get().entry("boundary").flatMap(b -> reading.text(b.value(), "space.boundary")
                .filter(text -> !text.equals("periodic")).map(text -> b.value()))
                .ifPresent(b -> reading.problems.add(b, ProblemKind.INVALID_VALUE,
                        "boundary must be periodic (the only boundary Conserve supports), found " + b.describe()));
        if (x.isEmpty() || gridPoints.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Space(x.get(), gridPoints.getAsInt()));
    }

    /**
     * PDE: {@code sampling: {states, modes, amplitude}}, each optional ({@link Sampling.States#DEFAULT});
     * read after {@link #space}, whose grid must resolve the random modes.
     */
    Sampling.States states(YamlNode.Mapping root) {
        Optional<YamlNode.Entry> entry = root.entry("sampling");
        Optional<YamlNode.Mapping> sampling = entry.flatMap(e -> reading.mapping(e.value(), "sampling", "{states: 256, modes: 4, amplitude: 1}"));
        Sampling.States defaults = Sampling.States.DEFAULT;
        if (sampling.isEmpty()) {
            return defaults;
        }
        reading.onlyKeys(sampling.get(), "sampling", List.of("states", "modes", "amplitude"), PDE_SAMPLING_HINTS);
        OptionalInt states = sampling.get().entry("states")
                .map(n -> reading.integer(n.value(), "sampling.states", 1, 1_000_000)).orElse(OptionalInt.of(defaults.states()));
        OptionalInt modes = sampling.get().entry("modes")
                .map(n -> reading.integer(n.value(), "sampling.modes", 1, 10_000)).orElse(OptionalInt.of(defaults.modes()));
        OptionalDouble amplitude = sampling.get().entry("amplitude")
                .map(n -> reading.positive(n.value(), scopes.constants, "sampling.amplitude")).orElse(OptionalDouble.of(defaults.amplitude()));
        if (modes.isPresent() && gridPoints.isPresent() && 2 * modes.getAsInt() >= gridPoints.getAsInt()) {
            YamlNode node = sampling.get().entry("modes").map(YamlNode.Entry::value).orElse(sampling.get());
            reading.problems.add(node, ProblemKind.INVALID_VALUE, "sampling.modes must be below half of space.points ("
                    + gridPoints.getAsInt() + " points resolve wavenumbers up to " + (gridPoints.getAsInt() - 1) / 2
                    + "), found " + modes.getAsInt());
            modes = OptionalInt.empty();
        }
        if (states.isEmpty() || modes.isEmpty() || amplitude.isEmpty()) {
            return null;
        }
        return new Sampling.States(states.getAsInt(), modes.getAsInt(), amplitude.getAsDouble());
    }

    /** PDE: the density features, by default every field and its first x-derivative. */
    List<DeclaredSymbol> density(YamlNode.Mapping root) {
        Optional<YamlNode.Entry> entry = root.entry("density");
        List<DeclaredSymbol> features = new ArrayList<>();
        if (entry.isEmpty()) {
            for (int field = 0; field < coordinates.size(); field++) {
                features.add(scopes.density.table().derivative(field, 0));
                features.add(scopes.density.table().derivative(field, 1));
            }
            return features;
        }
        Optional<YamlNode.Sequence> list = reading.sequence(entry.get().value(), "density", "[u, u_x]");
        for (YamlNode item : list.map(YamlNode.Sequence::items).orElse(List.of())) {
            reading.expression(item, scopes.density, false, "a density feature").ifPresent(parsed -> {
                Optional<DeclaredSymbol> feature = parsed.parametric() instanceof ISymbol symbol
                        ? scopes.density.table().declared(symbol) : Optional.empty();
                if (feature.isEmpty() || feature.get().role() == SymbolRole.PARAMETER) {
                    reading.problems.add(item, ProblemKind.INVALID_VALUE, "a density feature is a field or an x-derivative "
                            + "such as u or u_x, found " + item.describe());
                } else if (features.contains(feature.get())) {
                    reading.problems.add(item, ProblemKind.DUPLICATE_NAME, "density feature " + item.describe() + " is listed twice");
                } else {
                    features.add(feature.get());
                }
            });
        }
        return features;
    }

    /** {@code simulation: {initial, t, steps}}, all optional. */
    Simulation simulation(YamlNode.Mapping root) {
        Optional<YamlNode.Entry> entry = root.entry("simulation");
        Optional<YamlNode.Mapping> simulation = entry.flatMap(e -> reading.mapping(e.value(), "simulation", "{initial: {...}, t: 10, steps: 100}"));
        if (simulation.isEmpty()) {
            return Simulation.NONE;
        }
        reading.onlyKeys(simulation.get(), "simulation", List.of("initial", "t", "steps"), Map.of());
        List<ParsedExpression> initial = simulation.get().entry("initial").map(this::initial).orElse(List.of());
        OptionalDouble t = simulation.get().entry("t")
                .map(n -> reading.positive(n.value(), scopes.constants, "simulation.t")).orElse(OptionalDouble.empty());
        OptionalInt steps = simulation.get().entry("steps")
                .map(n -> reading.integer(n.value(), "simulation.steps", 1, 10_000_000)).orElse(OptionalInt.empty());
        return new Simulation(initial, t, steps);
    }

    private List<ParsedExpression> initial(YamlNode.Entry entry) {
        Optional<YamlNode.Mapping> map = reading.mapping(entry.value(), "simulation.initial",
                kind == SystemKind.ODE ? "{x: 1, px: 0}" : "{u: \"Sech(x)^2\"}");
        if (map.isEmpty()) {
            return List.of();
        }
        Map<String, ParsedExpression> byName = new HashMap<>();
        for (YamlNode.Entry value : map.get().entries()) {
            if (declarations.alreadyReported(value.key())) {
                continue;
            }
            if (!coordinates.contains(value.key())) {
                reading.problems.add(value, ProblemKind.UNDECLARED_VARIABLE, "initial value for '" + value.key() + "' but "
                        + value.key() + " is not a declared " + word() + "; declared: " + String.join(", ", coordinates));
                continue;
            }
            reading.expression(value.value(), scopes.initial, false, "the initial value of '" + value.key() + "'")
                    .ifPresent(parsed -> byName.put(value.key(), parsed));
        }
        List<ParsedExpression> initial = new ArrayList<>();
        for (String coordinate : coordinates) {
            if (map.get().entry(coordinate).isEmpty()) {
                reading.problems.add(entry, ProblemKind.MISSING_KEY, "no initial value for " + word() + " '" + coordinate
                        + "'; simulation.initial needs one for every " + word());
            }
            initial.add(byName.get(coordinate));
        }
        return initial.contains(null) ? List.of() : initial;
    }

    /** {@code expected: {count, laws}}, both optional. */
    Expected expected(YamlNode.Mapping root) {
        Optional<YamlNode.Mapping> expected = root.entry("expected")
                .flatMap(e -> reading.mapping(e.value(), "expected", "{count: 1, laws: [\"x^2 + p^2\"]}"));
        if (expected.isEmpty()) {
            return Expected.NONE;
        }
        reading.onlyKeys(expected.get(), "expected", List.of("count", "laws"), Map.of());
        OptionalInt count = expected.get().entry("count")
                .map(n -> reading.integer(n.value(), "expected.count", 0, 100_000)).orElse(OptionalInt.empty());
        List<ParsedExpression> laws = new ArrayList<>();
        expected.get().entry("laws").flatMap(e -> reading.sequence(e.value(), "expected.laws", "[\"x^2 + p^2\"]"))
                .ifPresent(list -> list.items().forEach(item ->
                        reading.expression(item, scopes.laws, false, "an expected law").ifPresent(laws::add)));
        return new Expected(count, laws);
    }

    private static int[] anchor(YamlNode.Entry key) {
        return new int[] {key.line(), key.column()};
    }
}
