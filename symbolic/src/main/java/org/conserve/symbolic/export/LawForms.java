package org.conserve.symbolic.export;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conserve.symbolic.SymjaSession;
import org.conserve.symbolic.expr.DeclaredSymbol;
import org.conserve.symbolic.expr.SymbolTable;
import org.conserve.symbolic.file.SystemDefinition;
import org.matheclipse.core.form.tex.TeXFormFactory;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The written forms of a law (a Symja expression over a system's internal symbols, as the searches
 * and the system file produce it) in the file's own names:
 * <ul>
 * <li>{@link #symja}: Symja's input form, e.g. {@code -y*px+x*py};</li>
 * <li>{@link #sympy}: SymPy's Python syntax, e.g. {@code x**2/2 + Rational(8, 3)*atan2(y, x)}; {@code E} and
 *     {@code pi} are the constants, so a reader binds the file's names as SymPy symbols (a file
 *     variable called E or pi must be bound under another name, as {@code verify_laws.py} does);</li>
 * <li>{@link #latex}: Symja's TeXForm, e.g. {@code -\mathit{py} \cdot x}, with the names typeset by
 *     {@link TexNames} and the functions LaTeX lacks ({@code sech}, {@code arsinh}, ...) written as
 *     {@code \operatorname}.</li>
 * </ul>
 *
 * <p>Thread-safety: stateless; all Symja work runs on the {@link SymjaSession} thread with
 * {@link #LIMIT}, and a call past it throws {@link org.conserve.symbolic.SymbolicException}
 * ({@code TIMEOUT}).
 */
public final class LawForms {
    /** Time limit of one conversion. */
    public static final Duration LIMIT = Duration.ofSeconds(10);

    /** Symja's internal names as they appear in its TeX (v1, p1, f1, f1x2, xs), never after a backslash. */
    private static final Pattern INTERNAL_NAME = Pattern.compile("(?<![A-Za-z0-9\\\\])[A-Za-z][A-Za-z0-9]*(?![A-Za-z0-9])");
    /** Functions Symja's TeX names with a macro that LaTeX does not define. */
    private static final Pattern NON_STANDARD = Pattern.compile(
            "\\\\(sech|csch|arcsinh|arccosh|arctanh|arccot|arcsec|arccsc|arccoth|arcsech|arccsch)(?![A-Za-z])");
    private static final Map<String, String> OPERATOR_NAMES = Map.ofEntries(Map.entry("sech", "sech"),
            Map.entry("csch", "csch"), Map.entry("arcsinh", "arsinh"), Map.entry("arccosh", "arcosh"),
            Map.entry("arctanh", "artanh"), Map.entry("arccot", "arccot"), Map.entry("arcsec", "arcsec"),
            Map.entry("arccsc", "arccsc"), Map.entry("arccoth", "arcoth"), Map.entry("arcsech", "arsech"),
            Map.entry("arccsch", "arcsch"));
    /** A double in Symja's TeX, 1.5E-7. */
    private static final Pattern SCIENTIFIC = Pattern.compile("(?<![A-Za-z\\\\])([0-9]+(?:\\.[0-9]+)?)E([+-]?[0-9]+)");

    private LawForms() {
    }

    /**
     * A law as a discovery reports it (Symja's input form in the file's names, e.g.
     * {@link org.conserve.symbolic.discovery.SymbolicLaw#expression}) read back into an expression
     * over the system's symbols, parameters replaced by their values, for the conversions below.
     *
     * @throws IllegalArgumentException naming the mistake if it is not in the file's expression language
     */
    public static IExpr read(SystemDefinition definition, String law) {
        return LawParser.parse(definition, law);
    }

    /**
     * Symja's input form with the file's names (what {@link SymbolTable#render} writes), on one line:
     * Symja's printer breaks long output into lines, which carry no meaning.
     */
    public static String symja(IExpr law, SymbolTable symbols) {
        return symbols.render(law).replaceAll("[\\r\\n]+", "");
    }

    /**
     * SymPy's syntax with the file's names, to be evaluated where those names are SymPy symbols.
     *
     * @throws IllegalArgumentException if the law uses a function or symbol outside the file's language
     */
    public static String sympy(IExpr law, SymbolTable symbols) {
        return sympy(law, symbol -> userName(symbol, symbols));
    }

    /** SymPy's syntax, each declared symbol written as {@code names} says (the script's Python names). */
    public static String sympy(IExpr law, Function<ISymbol, String> names) {
        return SymjaSession.get().call(() -> new SympyPrinter(names).print(law), LIMIT);
    }

    /** LaTeX (math mode, without the dollars) with the file's names. */
    public static String latex(IExpr law, SymbolTable symbols) {
        String tex = SymjaSession.get().call(() -> {
            StringBuilder text = new StringBuilder();
            if (!new TeXFormFactory().convert(text, law, 0)) {
                throw new IllegalArgumentException("no TeX form for " + law.fullFormString());
            }
            return text.toString();
        }, LIMIT);
        Map<String, String> names = texNames(law, symbols);
        tex = replace(INTERNAL_NAME, tex, m -> names.getOrDefault(m.group(), m.group()));
        tex = replace(NON_STANDARD, tex, m -> "\\operatorname{" + OPERATOR_NAMES.get(m.group(1)) + "}");
        tex = replace(SCIENTIFIC, tex, m -> m.group(1) + " \\times 10^{" + m.group(2) + "}");
        return tex.trim().replaceAll("\\s+", " ");
    }

    private static String userName(ISymbol symbol, SymbolTable symbols) {
        return symbols.declared(symbol).map(DeclaredSymbol::name)
                .orElseThrow(() -> new IllegalArgumentException("'" + symbol + "' is not a name of this system"));
    }

    /** Internal name to TeX of every declared symbol in {@code law}. */
    private static Map<String, String> texNames(IExpr law, SymbolTable symbols) {
        Map<String, String> names = new HashMap<>();
        collect(law, symbols, names);
        return names;
    }

    private static void collect(IExpr expression, SymbolTable symbols, Map<String, String> names) {
        if (expression instanceof ISymbol symbol) {
            symbols.declared(symbol).ifPresent(d -> names.put(symbol.getSymbolName(), TexNames.of(d.name())));
        } else if (expression instanceof IAST ast) {
            for (int i = 0; i <= ast.argSize(); i++) {
                collect(ast.get(i), symbols, names);
            }
        }
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
