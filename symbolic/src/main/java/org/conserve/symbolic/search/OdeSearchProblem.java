package org.conserve.symbolic.search;

import java.util.ArrayList;
import java.util.List;

import org.conserve.engine.system.Box;
import org.conserve.engine.system.Interval;
import org.conserve.engine.system.PointFilter;
import org.conserve.engine.system.VectorField;
import org.matheclipse.core.expression.F;
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
 * @param hints     extra building blocks over the variables (the file's {@code search.hints}), tried
 *                  beside those found in f
 */
public record OdeSearchProblem(List<ISymbol> variables, List<IExpr> rates, VectorField field, Box box,
                               PointFilter where, List<IExpr> hints) {
    public OdeSearchProblem {
        variables = List.copyOf(variables);
        rates = List.copyOf(rates);
        hints = List.copyOf(hints);
        int d = variables.size();
        if (rates.size() != d || field.dimension() != d || box.dimension() != d) {
            throw new IllegalArgumentException("variables, rates, field and box disagree on the dimension");
        }
    }

    /** A problem without hints. */
    public OdeSearchProblem(List<ISymbol> variables, List<IExpr> rates, VectorField field, Box box, PointFilter where) {
        this(variables, rates, field, box, where, List.of());
    }

    /** The same problem with {@code extra} building blocks to try. */
    public OdeSearchProblem withHints(List<IExpr> extra) {
        return new OdeSearchProblem(variables, rates, field, box, where, extra);
    }

    public int dimension() {
        return variables.size();
    }

    /**
     * The same system with time as one more coordinate ({@code dt/dt = 1}), so that a search finds
     * time-dependent laws such as the centre-of-mass motion {@code sum m_i x_i - t sum p_i}.
     *
     * @param time  the symbol of t
     * @param range the sampled interval of t
     */
    public OdeSearchProblem withTime(ISymbol time, Interval range) {
        List<ISymbol> extendedVariables = new ArrayList<>(variables);
        extendedVariables.add(time);
        List<IExpr> extendedRates = new ArrayList<>(rates);
        extendedRates.add(F.C1);
        List<Interval> extendedBox = new ArrayList<>(box.intervals());
        extendedBox.add(range);
        int d = dimension();
        VectorField inner = field;
        ThreadLocal<double[][]> buffers = ThreadLocal.withInitial(() -> new double[][] {new double[d], new double[d]});
        VectorField extendedField = new VectorField() {
            @Override
            public int dimension() {
                return d + 1;
            }

            @Override
            public void evaluate(double[] state, double[] rate) {
                double[][] buffer = buffers.get();
                System.arraycopy(state, 0, buffer[0], 0, d);
                inner.evaluate(buffer[0], buffer[1]);
                System.arraycopy(buffer[1], 0, rate, 0, d);
                rate[d] = 1;
            }
        };
        PointFilter inside = where;
        PointFilter extendedWhere = point -> {
            double[][] buffer = buffers.get();
            System.arraycopy(point, 0, buffer[0], 0, d);
            return inside.accepts(buffer[0]);
        };
        return new OdeSearchProblem(extendedVariables, extendedRates, extendedField, new Box(extendedBox),
                extendedWhere, hints);
    }
}
