package org.conserve.symbolic.file;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

import org.conserve.symbolic.expr.ParsedExpression;

/**
 * Simulation defaults of a system file (its {@code simulation} key).
 *
 * @param initial the initial state, one expression per variable or field in file order (ODE:
 *                constants of the parameters; PDE: functions of x and the parameters), or empty
 * @param t       the end time, if given
 * @param steps   the number of output intervals, if given
 */
public record Simulation(List<ParsedExpression> initial, OptionalDouble t, OptionalInt steps) {
    public static final Simulation NONE = new Simulation(List.of(), OptionalDouble.empty(), OptionalInt.empty());

    public Simulation {
        initial = List.copyOf(initial);
    }

    Simulation map(UnaryOperator<ParsedExpression> f) {
        return new Simulation(initial.stream().map(f).toList(), t, steps);
    }
}
