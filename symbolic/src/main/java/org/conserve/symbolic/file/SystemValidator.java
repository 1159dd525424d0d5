package org.conserve.symbolic.file;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.conserve.symbolic.ProblemKind;
import org.conserve.symbolic.SourceProblem;
import org.conserve.symbolic.SymbolicError;
import org.conserve.symbolic.SymbolicException;
import org.conserve.symbolic.expr.DeclaredSymbol;
import org.conserve.symbolic.expr.ParsedExpression;
import org.conserve.symbolic.expr.SymbolTable;

/**
 * Validates a system file into a {@link SystemDefinition}, collecting every problem. Symja is used
 * only once the whole file is valid, to put the (already checked) expressions in canonical form.
 */
final class SystemValidator {
    private static final List<String> COMMON_KEYS = List.of("name", "description", "notes", "kind", "parameters",
            "equations", "sampling", "simulation", "expected");
    private static final List<String> ODE_KEYS = concat(COMMON_KEYS, List.of("variables", "search", "neural"));
    private static final List<String> PDE_KEYS = concat(COMMON_KEYS, List.of("fields", "space", "density"));
    private static final Map<String, String> ODE_HINTS = Map.of(
            "fields", "an ODE declares variables (fields belong to kind: pde)",
            "space", "space belongs to PDE files (kind: pde)",
            "density", "density belongs to PDE files (kind: pde)");
    private static final Map<String, String> PDE_HINTS = Map.of(
            "variables", "a PDE declares fields (variables belong to kind: ode)",
            "search", "search hints are for the law search of an ODE (kind: ode); a PDE density search has none");
    private static final int[] FILE_START = {1, 1};

    private final Problems problems;
    private final Reading reading;

    private SystemValidator(String file, String text) {
        this.problems = new Problems(file);
        this.reading = new Reading(problems, new SourceText(text));
    }

    static SystemDefinition validate(String file, String text) {
        return new SystemValidator(file, text).validate();
    }

    private SystemDefinition validate() {
        YamlNode tree = YamlTreeReader.read(reading.source, problems);
        Optional<YamlNode.Mapping> root = Optional.ofNullable(tree)
                .flatMap(t -> reading.mapping(t, "a system file", "name: ..., kind: ode, variables: [...], ..."));
        if (root.isEmpty()) {
            throw invalid();
        }
        SystemDefinition draft = read(root.get());
        if (!problems.isEmpty()) {
            throw invalid();
        }
        SystemDefinition definition = Canonicalizer.canonical(draft, problems);
        if (problems.isEmpty()) {
            WhereCheck.check(definition, problems);
        }
        if (!problems.isEmpty()) {
            throw invalid();
        }
        return definition;
    }

    private SystemDefinition read(YamlNode.Mapping root) {
        String name = reading.required(root, "name", FILE_START, "the file", "the display name, e.g. name: Kepler problem")
                .flatMap(n -> reading.text(n, "name")).orElse("");
        String description = root.entry("description").flatMap(e -> reading.text(e.value(), "description")).orElse("");
        String notes = root.entry("notes").flatMap(e -> reading.text(e.value(), "notes")).orElse("");
        SystemKind kind = kind(root);
        reading.onlyKeys(root, "the file", kind == SystemKind.ODE ? ODE_KEYS : PDE_KEYS,
                kind == SystemKind.ODE ? ODE_HINTS : PDE_HINTS);

        Declarations declarations = Declarations.read(reading, kind, root);
        SymbolTable table = kind == SystemKind.ODE
                ? SymbolTable.forOde(declarations.coordinates(), declarations.parameterNames())
                : SymbolTable.forPde(declarations.coordinates(), declarations.parameterNames());
        reading.parameterValues(declarations.exactValues(table));
        Scopes scopes = new Scopes(table, declarations.numericValues(table));

        List<ParsedExpression> equations = equations(root, kind, declarations, scopes);
        Sections sections = new Sections(reading, scopes, kind, declarations);
        Optional<Space> space = kind == SystemKind.PDE ? sections.space(root) : Optional.empty();
        Sampling sampling = kind == SystemKind.ODE ? sections.box(root) : sections.states(root);
        List<DeclaredSymbol> density = kind == SystemKind.PDE ? sections.density(root) : List.of();
        Simulation simulation = sections.simulation(root);
        Expected expected = sections.expected(root);
        SearchHints search = kind == SystemKind.ODE ? new SearchSection(reading, scopes).read(root) : SearchHints.NONE;
        NeuralSettings neural = kind == SystemKind.ODE
                ? new NeuralSection(reading, declarations.coordinates()).read(root) : NeuralSettings.NONE;
        if (!problems.isEmpty()) {
            return null;
        }
        return new SystemDefinition(problems.file(), name, description, notes, kind, declarations.parameters(),
                declarations.coordinates(), equations, sampling, space, density, simulation, expected, search, neural, table);
    }

    private SystemKind kind(YamlNode.Mapping root) {
        Optional<YamlNode> node = reading.required(root, "kind", FILE_START, "the file", "kind: ode or kind: pde");
        Optional<String> text = node.flatMap(n -> reading.text(n, "kind"));
        if (text.isPresent()) {
            if (text.get().equals("ode")) {
                return SystemKind.ODE;
            }
            if (text.get().equals("pde")) {
                return SystemKind.PDE;
            }
            problems.add(node.get(), ProblemKind.INVALID_VALUE, "kind must be ode or pde, found " + node.get().describe());
        }
        // Go on with the kind the other keys suggest, to report their problems too.
        return root.entry("fields").isPresent() && root.entry("variables").isEmpty() ? SystemKind.PDE : SystemKind.ODE;
    }

    private List<ParsedExpression> equations(YamlNode.Mapping root, SystemKind kind, Declarations declarations, Scopes scopes) {
        List<String> coordinates = declarations.coordinates();
        String word = kind == SystemKind.ODE ? "variable" : "field";
        Optional<YamlNode.Entry> entry = root.entry("equations");
        if (entry.isEmpty()) {
            reading.required(root, "equations", FILE_START, "the file", "d(" + word + ")/dt for every " + word
                    + ", e.g. equations: {x: px, px: -x}");
            return List.of();
        }
        Optional<YamlNode.Mapping> map = reading.mapping(entry.get().value(), "equations", "{x: px, px: -x}");
        if (map.isEmpty()) {
            return List.of();
        }
        Map<String, ParsedExpression> byName = new HashMap<>();
        List<String> written = new ArrayList<>();
        for (YamlNode.Entry equation : map.get().entries()) {
            if (declarations.alreadyReported(equation.key())) {
                continue;
            }
            if (!coordinates.contains(equation.key())) {
                problems.add(equation, ProblemKind.UNDECLARED_VARIABLE, "equation for '" + equation.key() + "' but "
                        + equation.key() + " is not a declared " + word + "; declared: " + String.join(", ", coordinates));
                continue;
            }
            written.add(equation.key());
            reading.expression(equation.value(), scopes.equations, false, "equation for '" + equation.key() + "'")
                    .ifPresent(parsed -> byName.put(equation.key(), parsed));
        }
        for (String coordinate : coordinates) {
            if (!written.contains(coordinate)) {
                problems.add(entry.get(), ProblemKind.MISSING_EQUATION, "no equation for " + word + " '" + coordinate
                        + "': every " + word + " needs its d" + coordinate + "/dt under equations");
            }
        }
        return coordinates.stream().filter(byName::containsKey).map(byName::get).collect(Collectors.toList());
    }

    private SymbolicException invalid() {
        List<SourceProblem> sorted = problems.sorted();
        String message = sorted.stream().map(SourceProblem::format).collect(Collectors.joining("\n"));
        return new SymbolicException(SymbolicError.INVALID_SYSTEM_FILE, message, sorted, null);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
