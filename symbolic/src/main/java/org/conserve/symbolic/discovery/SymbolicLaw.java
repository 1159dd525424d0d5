package org.conserve.symbolic.discovery;

import org.conserve.symbolic.proof.ProofStatus;

/**
 * One conserved quantity (ODE) or density (PDE) found symbolically, written with the file's names.
 *
 * @param expression  the formula in Symja input form with the user's names, e.g. {@code p^2+x^2}
 * @param sympy       the same formula in SymPy syntax, e.g. {@code p**2 + x**2}
 * @param status      {@link ProofStatus#PROVED} or {@link ProofStatus#NUMERIC}; refuted candidates are
 *                    never reported as laws
 * @param residual    the largest relative residual of the numeric check (0 when proved without one)
 * @param method      the step that decided the status
 * @param independent whether it belongs to the functionally independent subset that is counted
 */
public record SymbolicLaw(String expression, String sympy, ProofStatus status, double residual, String method, boolean independent) {
}
