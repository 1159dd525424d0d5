package org.conserve.symbolic.search;

import java.util.List;

import org.conserve.engine.system.Box;
import org.conserve.engine.system.PointFilter;
import org.conserve.engine.system.VectorField;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * An ODE {@code dz/dt = f(z)} as the law search needs it: symbolic (to find building blocks and to
 * prove laws) and compiled (to fill the sample matrix fast), with the region to sample.
 *
 * @param variables the state symbols z_1..z_d
 * @param rates     f_1..f_d over those symbols
 * @param field     the same f, compiled
 * @param box       the sampling box
 * @param where     which sampled points count
 */
public record OdeSearchProblem(List<ISymbol> variables, List<IExpr> rates, VectorField field, Box box,
                               PointFilter where) {
    public OdeSearchProblem {
        variables = List.copyOf(variables);
        rates = List.copyOf(rates);
        int d = variables.size();
        if (rates.size() != d || field.dimension() != d || box.dimension() != d) {
            throw new IllegalArgumentException("variables, rates, field and box disagree on the dimension");
        }
    }

    public int dimension() {
        return variables.size();
    }
}
