package org.conserve.symbolic.file;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.conserve.symbolic.expr.DeclaredSymbol;
import org.conserve.symbolic.expr.ParsedExpression;
import org.conserve.symbolic.expr.SymbolTable;

/**
 * A validated system file: everything it says, checked, with every expression parsed and in
 * canonical form. Immutable (the symbol table's derivative cache aside, which is thread-safe).
 *
 * @param file        the file name as given
 * @param name        display name
 * @param description one-line description, "" when absent
 * @param notes       teaching note (Markdown), "" when absent
 * @param kind        ODE or PDE
 * @param parameters  named constants in file order
 * @param coordinates the variables (ODE) or fields (PDE) in file order
 * @param equations   d(coordinate)/dt, one per coordinate in the same order
 * @param sampling    {@link Sampling.Box} for an ODE, {@link Sampling.States} for a PDE
 * @param space       the periodic interval and grid of a PDE; empty for an ODE
 * @param density     PDE: the fields and x-derivatives a conserved density may depend on, in file
 *                    order; empty for an ODE
 * @param simulation  simulation defaults ({@link Simulation#NONE} when absent)
 * @param expected    the stated answer ({@link Expected#NONE} when absent)
 * @param search      hints for the law search of an ODE ({@link SearchHints#NONE} when absent; always
 *                    NONE for a PDE)
 * @param neural      the inductive bias of the ODE networks ({@link NeuralSettings#NONE} when absent; always
 *                    NONE for a PDE)
 * @param symbols     the file's names and their Symja symbols
 */
public record SystemDefinition(
        String file,
        String name,
        String description,
        String notes,
        SystemKind kind,
        List<Parameter> parameters,
        List<String> coordinates,
        List<ParsedExpression> equations,
        Sampling sampling,
        Optional<Space> space,
        List<DeclaredSymbol> density,
        Simulation simulation,
        Expected expected,
        SearchHints search,
        NeuralSettings neural,
        SymbolTable symbols) {

    public SystemDefinition {
        parameters = List.copyOf(parameters);
        coordinates = List.copyOf(coordinates);
        equations = List.copyOf(equations);
        density = List.copyOf(density);
        neural = neural == null ? NeuralSettings.NONE : neural;
        if (equations.size() != coordinates.size()) {
            throw new IllegalArgumentException("one equation per coordinate");
        }
    }

    /** The number of variables (ODE) or fields (PDE). */
    public int dimension() {
        return coordinates.size();
    }

    /** The highest x-derivative order used by the equations, the density features or the expected laws (PDE). */
    public int maxDerivativeOrder() {
        int max = density.stream().mapToInt(DeclaredSymbol::order).max().orElse(0);
        for (ParsedExpression law : expected.laws()) {
            max = Math.max(max, DerivativeOrders.max(law.parametric(), symbols));
        }
        for (ParsedExpression equation : equations) {
            max = Math.max(max, DerivativeOrders.max(equation.parametric(), symbols));
        }
        return max;
    }

    /** This definition with every expression replaced by {@code f} of it. */
    SystemDefinition mapExpressions(UnaryOperator<ParsedExpression> f) {
        Sampling mapped = sampling instanceof Sampling.Box box ? box.map(f) : sampling;
        return new SystemDefinition(file, name, description, notes, kind, parameters, coordinates,
                equations.stream().map(f).toList(), mapped, space, density, simulation.map(f), expected.map(f),
                search.map(f), neural, symbols);
    }
}
