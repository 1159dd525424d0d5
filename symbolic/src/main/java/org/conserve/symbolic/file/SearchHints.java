package org.conserve.symbolic.file;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

import org.conserve.symbolic.expr.ParsedExpression;

/**
 * Hints for the symbolic law search of an ODE (the file's {@code search} key).
 *
 * @param degree the highest monomial degree to try, if given (otherwise the search grows it itself)
 * @param hints  extra building blocks over the variables and parameters, each multiplied by
 *               monomials of low degree in the basis, in file order
 */
public record SearchHints(OptionalInt degree, List<ParsedExpression> hints) {
    public static final SearchHints NONE = new SearchHints(OptionalInt.empty(), List.of());

    /** The highest degree a file may ask for: beyond it the basis outgrows any search. */
    public static final int MAX_DEGREE = 8;

    public SearchHints {
        hints = List.copyOf(hints);
    }

    SearchHints map(UnaryOperator<ParsedExpression> f) {
        return new SearchHints(degree, hints.stream().map(f).toList());
    }
}
