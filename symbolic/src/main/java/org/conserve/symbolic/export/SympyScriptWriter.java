package org.conserve.symbolic.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.conserve.symbolic.expr.DeclaredSymbol;
import org.conserve.symbolic.expr.SymbolTable;
import org.conserve.symbolic.file.SystemDefinition;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Writes {@code verify_laws.py}: a Python script that defines the system with SymPy and re-proves
 * every law whose status is {@code proved}, independently of Symja. ODE: {@code simplify(sum_i
 * dH/dz_i * f_i) == 0}. PDE: with D_x the total x-derivative on the jet variables (u, u_x, u_xx, ...)
 * and D_t h = sum_k dh/du_k * D_x^k F (u_t = F), the Euler operator sum_k (-D_x)^k d(D_t h)/du_k of
 * every field simplifies to 0. It prints one line per law and exits with 1 if any proved law is not
 * confirmed (2 when SymPy is missing). Equations use the parameters' exact values, as the proofs did.
 * Stateless.
 */
public final class SympyScriptWriter {
    /** The file name in an export folder. */
    public static final String FILE_NAME = "verify_laws.py";

    /** The names the script defines or imports itself; a declared name equal to one is renamed. */
    private static final List<String> SCRIPT_NAMES = List.of("Symbol", "diff", "expand", "simplify", "expand_trig",
            "RATES", "LAWS", "FIELDS", "jet", "jet_of", "jets", "total_x_derivative", "x_derivative",
            "time_derivative", "euler_operator", "is_zero", "rate_of_change", "conserved", "main", "sys");

    private SympyScriptWriter() {
    }

    /** Writes the script to {@code folder}/verify_laws.py, atomically; returns its path. */
    public static Path write(ExportInput input, Path folder) throws IOException {
        Path path = AtomicFiles.write(folder.resolve(FILE_NAME), text(input));
        path.toFile().setExecutable(true, false);
        return path;
    }

    /** The script. */
    public static String text(ExportInput input) {
        SystemDefinition definition = input.definition();
        SymbolTable symbols = definition.symbols();
        PythonNames names = new PythonNames(SCRIPT_NAMES);
        Function<ISymbol, String> python = symbol -> names.of(symbols.declared(symbol).map(DeclaredSymbol::name)
                .orElseThrow(() -> new IllegalArgumentException("'" + symbol + "' is not a name of " + definition.file())));
        boolean pde = ExportText.isPde(definition);
        StringBuilder py = new StringBuilder();
        py.append(PythonTemplate.header(definition, pde));
        py.append(pde ? pdeSystem(input, names, python) : odeSystem(definition, names, python));
        py.append("\n# The laws: (label, formula as Conserve wrote it, the formula in SymPy, status).\nLAWS = [\n");
        for (int i = 0; i < input.laws().size(); i++) {
            ExportedLaw law = input.laws().get(i);
            py.append("    (").append(PythonNames.literal(ExportText.label(i))).append(", ")
                    .append(PythonNames.literal(LawForms.symja(law.expression(), symbols))).append(",\n     ")
                    .append(LawForms.sympy(law.expression(), python)).append(",\n     ")
                    .append(PythonNames.literal(law.status().name().toLowerCase(Locale.ROOT))).append("),\n");
        }
        py.append("]\n");
        py.append(PythonTemplate.IS_ZERO);
        py.append(pde ? PythonTemplate.PDE_CHECK : PythonTemplate.ODE_CHECK);
        py.append(PythonTemplate.MAIN);
        return py.toString();
    }

    private static String odeSystem(SystemDefinition definition, PythonNames names, Function<ISymbol, String> python) {
        StringBuilder py = new StringBuilder("\n# The variables (real numbers).\n");
        for (String name : definition.coordinates()) {
            py.append(names.of(name)).append(" = Symbol(").append(PythonNames.literal(name)).append(", real=True)\n");
        }
        py.append("\n# The equations dz/dt = f(z)").append(parameterNote(definition)).append(".\nRATES = [\n");
        for (int i = 0; i < definition.dimension(); i++) {
            py.append("    (").append(names.of(definition.coordinates().get(i))).append(", ")
                    .append(LawForms.sympy(definition.equations().get(i).expression(), python)).append("),\n");
        }
        return py.append("]\n").toString();
    }

    private static String pdeSystem(ExportInput input, PythonNames names, Function<ISymbol, String> python) {
        SystemDefinition definition = input.definition();
        SymbolTable symbols = definition.symbols();
        StringBuilder py = new StringBuilder("\n# The fields, and the jet variables: u_x is du/dx, u_xx is d2u/dx2, ...\n");
        py.append("FIELDS = (").append(String.join(", ", definition.coordinates().stream().map(PythonNames::literal)
                .toList())).append(definition.dimension() == 1 ? ",)\n" : ")\n");
        py.append(PythonTemplate.JET);
        int order = highestOrder(input);
        for (int field = 0; field < definition.dimension(); field++) {
            for (int k = 0; k <= order; k++) {
                String name = symbols.derivative(field, k).name();
                py.append(names.of(name)).append(" = jet(").append(PythonNames.literal(definition.coordinates().get(field)))
                        .append(", ").append(k).append(")\n");
            }
        }
        py.append("\n# The equations u_t = F(u, u_x, ...)").append(parameterNote(definition)).append(".\nRATES = {\n");
        for (int i = 0; i < definition.dimension(); i++) {
            py.append("    ").append(PythonNames.literal(definition.coordinates().get(i))).append(": ")
                    .append(LawForms.sympy(definition.equations().get(i).expression(), python)).append(",\n");
        }
        return py.append("}\n").toString();
    }

    private static String parameterNote(SystemDefinition definition) {
        return definition.parameters().isEmpty() ? "" : ", parameters replaced by their values ("
                + ExportText.parameters(definition) + ")";
    }

    /** The highest x-derivative order in the equations and the laws. */
    private static int highestOrder(ExportInput input) {
        SymbolTable symbols = input.definition().symbols();
        int[] highest = {input.definition().maxDerivativeOrder()};
        input.definition().equations().forEach(equation -> collectOrders(equation.expression(), symbols, highest));
        input.laws().forEach(law -> collectOrders(law.expression(), symbols, highest));
        return highest[0];
    }

    private static void collectOrders(IExpr expression, SymbolTable symbols, int[] highest) {
        if (expression instanceof ISymbol symbol) {
            symbols.declared(symbol).ifPresent(declared -> highest[0] = Math.max(highest[0], declared.order()));
        } else if (expression instanceof IAST ast) {
            for (int i = 0; i <= ast.argSize(); i++) {
                collectOrders(ast.get(i), symbols, highest);
            }
        }
    }
}
