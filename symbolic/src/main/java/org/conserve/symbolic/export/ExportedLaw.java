package org.conserve.symbolic.export;

import java.util.Objects;

import org.conserve.symbolic.proof.ProofStatus;
import org.matheclipse.core.interfaces.IExpr;

/**
 * One law to export. Immutable.
 *
 * @param expression  the law over the system's internal symbols, parameters replaced by their values
 *                    (as the searches and proofs use it)
 * @param status      how it was checked; {@link ProofStatus#PROVED} laws are re-proved by the script
 * @param residual    the largest relative residual of the numeric check (0 when proved without one)
 * @param independent whether it belongs to the counted, functionally independent subset
 */
public record ExportedLaw(IExpr expression, ProofStatus status, double residual, boolean independent) {
    public ExportedLaw {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(status, "status");
    }
}
