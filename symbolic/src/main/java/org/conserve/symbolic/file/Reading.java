package org.conserve.symbolic.file;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.conserve.symbolic.ProblemKind;
import org.conserve.symbolic.expr.ExpressionException;
import org.conserve.symbolic.expr.ExpressionParser;
import org.conserve.symbolic.expr.ParseResult;
import org.conserve.symbolic.expr.ParsedExpression;
import org.conserve.symbolic.expr.Scope;
import org.conserve.symbolic.expr.Substitution;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The state of reading one file and the typed readers every section uses. Each reader reports what
 * is wrong (with the position and what was expected) and returns empty, so validation goes on.
 */
final class Reading {
    static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    final Problems problems;
    final SourceText source;
    private Map<ISymbol, IExpr> parameterValues = Map.of();

    Reading(Problems problems, SourceText source) {
        this.problems = problems;
        this.source = source;
    }

    /** Parameters are replaced by these exact values in the canonical form of every expression. */
    void parameterValues(Map<ISymbol, IExpr> values) {
        parameterValues = Map.copyOf(values);
    }

    Optional<YamlNode.Mapping> mapping(YamlNode node, String what, String example) {
        if (node instanceof YamlNode.Mapping mapping) {
            return Optional.of(mapping);
        }
        problems.add(node, ProblemKind.WRONG_TYPE, what + " must be a mapping like " + example + ", found " + node.describe());
        return Optional.empty();
    }

    Optional<YamlNode.Sequence> sequence(YamlNode node, String what, String example) {
        if (node instanceof YamlNode.Sequence sequence) {
            return Optional.of(sequence);
        }
        problems.add(node, ProblemKind.WRONG_TYPE, what + " must be a list like " + example + ", found " + node.describe());
        return Optional.empty();
    }

    Optional<String> text(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            return Optional.of(scalar.text());
        }
        problems.add(node, ProblemKind.WRONG_TYPE, what + " must be a single value, found " + node.describe());
        return Optional.empty();
    }

    /** A name: a letter followed by letters and digits. */
    Optional<String> name(YamlNode node, String what) {
        Optional<String> text = text(node, what);
        if (text.isPresent() && !NAME.matcher(text.get()).matches()) {
            problems.add(node, ProblemKind.INVALID_VALUE, what + " '" + text.get()
                    + "' is not a name: expected a letter followed by letters or digits (no _, spaces or signs)");
            return Optional.empty();
        }
        return text;
    }

    /** An integer in [min, max]. */
    OptionalInt integer(YamlNode node, String what, int min, int max) {
        Optional<String> text = text(node, what);
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        String digits = text.get().trim();
        try {
            if (digits.matches("[+-]?[0-9]{1,10}")) {
                long value = Long.parseLong(digits);
                if (value >= min && value <= max) {
                    return OptionalInt.of((int) value);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        String range = max == Integer.MAX_VALUE ? "at least " + min : "from " + min + " to " + max;
        problems.add(node, ProblemKind.INVALID_VALUE, what + " must be a whole number " + range + ", found " + node.describe());
        return OptionalInt.empty();
    }

    /** A constant: a number or an expression of numbers, parameters, Pi and E, e.g. 2*Pi. */
    OptionalDouble constant(YamlNode node, Scope constants, String what) {
        Optional<Parsed> parsed = parse(node, constants, false, what);
        if (parsed.isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalDouble value = parsed.get().result().constant();
        if (value.isEmpty()) {
            problems.add(node, ProblemKind.INVALID_VALUE, what + " must be a number (or an expression of numbers "
                    + "and parameters), found " + node.describe());
        }
        return value;
    }

    /** A positive constant. */
    OptionalDouble positive(YamlNode node, Scope constants, String what) {
        OptionalDouble value = constant(node, constants, what);
        if (value.isPresent() && !(value.getAsDouble() > 0)) {
            problems.add(node, ProblemKind.INVALID_VALUE, what + " must be positive, found " + node.describe());
            return OptionalDouble.empty();
        }
        return value;
    }

    /**
     * An expression (or a condition) of the names {@code scope} allows. Its canonical form is made
     * later, by {@link Canonicalizer}, once the whole file is known to be valid; until then
     * {@link ParsedExpression#expression()} holds the parameters' values, unevaluated.
     */
    Optional<ParsedExpression> expression(YamlNode node, Scope scope, boolean condition, String what) {
        return parse(node, scope, condition, what).map(parsed -> {
            int[] at = parsed.start();
            IExpr parametric = parsed.result().expression();
            return new ParsedExpression(parsed.text(), at[0], at[1], parametric,
                    Substitution.apply(parametric, parameterValues));
        });
    }

    private Optional<Parsed> parse(YamlNode node, Scope scope, boolean condition, String what) {
        Optional<String> text = text(node, what);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) node;
        try {
            ParseResult result = condition
                    ? ExpressionParser.parseCondition(text.get(), scope)
                    : ExpressionParser.parseArithmetic(text.get(), scope);
            return Optional.of(new Parsed(text.get(), result, source.position(scalar, text.get(), firstNonBlank(text.get()))));
        } catch (ExpressionException e) {
            int[] at = source.position(scalar, text.get(), e.offset());
            problems.add(at[0], at[1], e.kind(), what + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static int firstNonBlank(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Checks that {@code mapping} has only {@code allowed} keys; hints name the right place of a misplaced key. */
    void onlyKeys(YamlNode.Mapping mapping, String where, List<String> allowed, Map<String, String> hints) {
        for (YamlNode.Entry entry : mapping.entries()) {
            if (allowed.contains(entry.key())) {
                continue;
            }
            String hint = hints.get(entry.key());
            if (hint == null) {
                hint = Keys.closest(entry.key(), allowed).map(k -> " (did you mean '" + k + "'?)").orElse("");
                hint = "; expected " + String.join(", ", allowed) + hint;
            } else {
                hint = ": " + hint;
            }
            problems.add(entry, ProblemKind.UNKNOWN_KEY, "unknown key '" + entry.key() + "' in " + where + hint);
        }
    }

    /** The value of a required key, or empty after reporting it missing at {@code anchor}. */
    Optional<YamlNode> required(YamlNode.Mapping mapping, String key, int[] anchor, String where, String expected) {
        Optional<YamlNode.Entry> entry = mapping.entry(key);
        if (entry.isEmpty()) {
            problems.add(anchor[0], anchor[1], ProblemKind.MISSING_KEY, "missing key '" + key + "' in " + where + ": " + expected);
        }
        return entry.map(YamlNode.Entry::value);
    }

    private record Parsed(String text, ParseResult result, int[] start) {
    }
}
