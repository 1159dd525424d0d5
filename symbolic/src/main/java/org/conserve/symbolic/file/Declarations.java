package org.conserve.symbolic.file;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.conserve.symbolic.ProblemKind;
import org.conserve.symbolic.expr.ElementaryFunction;
import org.conserve.symbolic.expr.ExactNumber;
import org.conserve.symbolic.expr.SymbolTable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Reads the declared names: the variables (ODE) or fields (PDE) and the parameters. A name may not
 * be a function of the expression language, {@code t} (time) or, in a PDE, {@code x} (space); names
 * are distinct, and a parameter may not shadow a variable.
 */
final class Declarations {
    private final Reading reading;
    private final SystemKind kind;
    private final List<String> coordinates = new ArrayList<>();
    private final List<Parameter> parameters = new ArrayList<>();
    private final Set<String> rejected = new HashSet<>();
    private final List<String> parameterNames = new ArrayList<>();
    private boolean coordinatesRead;

    private Declarations(Reading reading, SystemKind kind) {
        this.reading = reading;
        this.kind = kind;
    }

    static Declarations read(Reading reading, SystemKind kind, YamlNode.Mapping root) {
        Declarations declarations = new Declarations(reading, kind);
        declarations.readCoordinates(root);
        declarations.readParameters(root);
        return declarations;
    }

    /** Valid, distinct variable or field names in file order (invalid ones are reported and left out). */
    List<String> coordinates() {
        return coordinates;
    }

    List<Parameter> parameters() {
        return parameters;
    }

    /**
     * The names declared as parameters, including those whose value is invalid (already reported),
     * so that their uses are not reported again as unknown symbols.
     */
    List<String> parameterNames() {
        return parameterNames;
    }

    /**
     * True when a key naming a variable or field needs no check: it was refused already, or the
     * variables or fields could not be read at all (so nothing can be said about it).
     */
    boolean alreadyReported(String name) {
        return !coordinatesRead || rejected.contains(name);
    }

    /** Exact parameter values by symbol, for substitution. */
    Map<ISymbol, IExpr> exactValues(SymbolTable symbols) {
        Map<ISymbol, IExpr> values = new HashMap<>();
        parameters.forEach(p -> values.put(symbols.symbol(p.name()), p.value().value()));
        return values;
    }

    /** Parameter values as doubles by symbol, for checking constant parts while parsing. */
    Map<ISymbol, Double> numericValues(SymbolTable symbols) {
        Map<ISymbol, Double> values = new HashMap<>();
        parameters.forEach(p -> values.put(symbols.symbol(p.name()), p.value().numeric()));
        return values;
    }

    private String coordinateWord() {
        return kind == SystemKind.ODE ? "variable" : "field";
    }

    private void readCoordinates(YamlNode.Mapping root) {
        String key = kind == SystemKind.ODE ? "variables" : "fields";
        String example = kind == SystemKind.ODE ? "[x, y, px, py]" : "[u]";
        Optional<YamlNode> node = reading.required(root, key, new int[] {root.line(), root.column()}, "the file",
                "the " + key + " of the system, e.g. " + key + ": " + example);
        Optional<YamlNode.Sequence> list = node.flatMap(n -> reading.sequence(n, key, example));
        if (list.isEmpty()) {
            return;
        }
        coordinatesRead = true;
        if (list.get().items().isEmpty()) {
            reading.problems.add(list.get(), ProblemKind.INVALID_VALUE, key + " must name at least one " + coordinateWord());
        }
        Map<String, YamlNode> seen = new HashMap<>();
        for (YamlNode item : list.get().items()) {
            if (item instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
                rejected.add(scalar.text());
            }
            Optional<String> name = reading.name(item, coordinateWord());
            if (name.isEmpty() || !allowedName(item, name.get(), coordinateWord())) {
                continue;
            }
            rejected.remove(name.get());
            YamlNode first = seen.putIfAbsent(name.get(), item);
            if (first != null) {
                reading.problems.add(item, ProblemKind.DUPLICATE_NAME, coordinateWord() + " '" + name.get()
                        + "' is declared twice (first at " + first.line() + ":" + first.column() + ")");
            } else {
                coordinates.add(name.get());
            }
        }
    }

    private void readParameters(YamlNode.Mapping root) {
        Optional<YamlNode.Mapping> map = root.entry("parameters")
                .flatMap(e -> reading.mapping(e.value(), "parameters", "{k: 1, beta: 8/3}"));
        if (map.isEmpty()) {
            return;
        }
        Map<String, Parameter> byName = new LinkedHashMap<>();
        for (YamlNode.Entry entry : map.get().entries()) {
            YamlNode.Scalar key = new YamlNode.Scalar(entry.key(), entry.line(), entry.column());
            Optional<String> name = reading.name(key, "parameter");
            if (name.isEmpty() || !allowedName(key, name.get(), "parameter")) {
                continue;
            }
            if (coordinates.contains(name.get())) {
                reading.problems.add(entry, ProblemKind.PARAMETER_SHADOWS_VARIABLE, "parameter '" + name.get()
                        + "' has the name of a " + coordinateWord() + "; give one of them another name");
                continue;
            }
            parameterNames.add(name.get());
            Optional<String> text = reading.text(entry.value(), "parameter '" + name.get() + "'");
            if (text.isEmpty()) {
                continue;
            }
            try {
                byName.put(name.get(), new Parameter(name.get(), ExactNumber.parse(text.get()), entry.line(), entry.column()));
            } catch (NumberFormatException e) {
                reading.problems.add(entry.value(), ProblemKind.INVALID_VALUE, "parameter '" + name.get()
                        + "' must be a number or an exact fraction like 8/3; " + entry.value().describe() + " is " + e.getMessage());
            }
        }
        parameters.addAll(byName.values());
    }

    private boolean allowedName(YamlNode node, String name, String what) {
        String reason = null;
        if (ElementaryFunction.named(name).isPresent()) {
            reason = "is a function of the expression language (" + ElementaryFunction.allNames() + ")";
        } else if (name.equals("t")) {
            reason = "is the time";
        } else if (name.equals("x") && kind == SystemKind.PDE) {
            reason = "is the space coordinate of a PDE";
        }
        if (reason != null) {
            reading.problems.add(node, ProblemKind.RESERVED_NAME, what + " '" + name + "' " + reason + "; choose another name");
            return false;
        }
        return true;
    }
}
