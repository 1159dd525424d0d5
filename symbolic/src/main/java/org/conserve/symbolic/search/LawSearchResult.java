package org.conserve.symbolic.search;

import java.util.List;
import java.util.function.Function;

import org.matheclipse.core.interfaces.IExpr;

/**
 * The outcome of an ODE law search.
 *
 * @param laws        the laws found, independent ones first, simplest first within each group
 * @param count       number of functionally independent laws
 * @param degree      the monomial degree of the basis the laws come from
 * @param basis       the basis functions searched (the largest one tried), so that "no law" says
 *                    where it looked
 * @param blocks      the non-polynomial building blocks of that basis: those found in f, then those
 *                    the file gave as hints
 * @param hintBlocks  how many of the blocks (the last ones) are the file's hints
 * @param basisDegree the monomial degree of that basis
 * @param seconds     wall time
 * @param note        how the search ended, for a person
 */
public record LawSearchResult(List<FoundLaw> laws, int count, int degree, List<IExpr> basis, List<IExpr> blocks,
                              int hintBlocks, int basisDegree, double seconds, String note) {
    public LawSearchResult {
        laws = List.copyOf(laws);
        basis = List.copyOf(basis);
        blocks = List.copyOf(blocks);
    }

    /**
     * The searched basis in words, e.g. "monomials of degree 1 to 3 in x, y, px, py;
     * (x^2+y^2)^(-1/2) times monomials of degree 0 to 1"; a block from the file's hints is marked
     * "(hint)".
     *
     * @param variables the state symbols
     * @param render    how to print an expression (the file's symbol table renders user names)
     */
    public String describeBasis(List<? extends IExpr> variables, Function<IExpr, String> render) {
        StringBuilder text = new StringBuilder("monomials of degree 1 to " + basisDegree + " in "
                + String.join(", ", variables.stream().map(render).toList()));
        int products = Math.max(0, basisDegree - 2);
        for (int j = 0; j < blocks.size(); j++) {
            text.append("; ").append(render.apply(blocks.get(j)));
            if (j >= blocks.size() - hintBlocks) {
                text.append(" (hint)");
            }
            if (products > 0) {
                text.append(" times monomials of degree 0 to ").append(products);
            }
        }
        return text.toString();
    }

    /** The independent laws only. */
    public List<FoundLaw> independentLaws() {
        return laws.stream().filter(FoundLaw::independent).toList();
    }
}
