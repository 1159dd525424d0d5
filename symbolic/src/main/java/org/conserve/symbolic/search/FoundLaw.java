package org.conserve.symbolic.search;

import org.conserve.symbolic.proof.ProofResult;
import org.matheclipse.core.interfaces.IExpr;

/**
 * A conserved quantity the search found and checked.
 *
 * @param expression  H(z) over the state symbols, with integer coefficients where they were recognised
 * @param proof       how it was checked (never refuted: refuted candidates are dropped)
 * @param independent whether it belongs to the functionally independent subset
 * @param terms       number of basis functions it combines
 */
public record FoundLaw(IExpr expression, ProofResult proof, boolean independent, int terms) {
}
