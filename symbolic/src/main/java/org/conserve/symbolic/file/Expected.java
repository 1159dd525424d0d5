package org.conserve.symbolic.file;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

import org.conserve.symbolic.expr.ParsedExpression;

/**
 * The known answer a file states (its {@code expected} key).
 *
 * @param count the number of independent time-independent conserved quantities, if stated
 * @param laws  known conserved quantities (ODE) or densities (PDE), in file order
 */
public record Expected(OptionalInt count, List<ParsedExpression> laws) {
    public static final Expected NONE = new Expected(OptionalInt.empty(), List.of());

    public Expected {
        laws = List.copyOf(laws);
    }

    Expected map(UnaryOperator<ParsedExpression> f) {
        return new Expected(count, laws.stream().map(f).toList());
    }
}
