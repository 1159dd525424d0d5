package org.conserve.symbolic.search;

import java.util.List;

import org.matheclipse.core.interfaces.IExpr;

/**
 * The outcome of an ODE law search.
 *
 * @param laws        the laws found, independent ones first, simplest first within each group
 * @param count       number of functionally independent laws
 * @param degree      the monomial degree of the basis the laws come from
 * @param basis       the basis functions searched (the largest one tried), so that "no law" says
 *                    where it looked
 * @param seconds     wall time
 * @param note        how the search ended, for a person
 */
public record LawSearchResult(List<FoundLaw> laws, int count, int degree, List<IExpr> basis, double seconds,
                              String note) {
    public LawSearchResult {
        laws = List.copyOf(laws);
        basis = List.copyOf(basis);
    }

    /** The independent laws only. */
    public List<FoundLaw> independentLaws() {
        return laws.stream().filter(FoundLaw::independent).toList();
    }
}
