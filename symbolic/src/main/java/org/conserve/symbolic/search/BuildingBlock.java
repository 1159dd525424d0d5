package org.conserve.symbolic.search;

import java.util.List;

import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A non-polynomial factor of basis functions, taken from the equations (1/r-type powers of sums of
 * squares, sin and cos of an angle). Implementations are immutable, allocation-free in
 * {@link #value} and {@link #gradient}, and thread-safe.
 */
interface BuildingBlock {

    double value(double[] z);

    /** Writes the gradient at z into {@code out} (length d), overwriting it. */
    void gradient(double[] z, double[] out);

    /** The block as a Symja expression over the state symbols. */
    IExpr toExpression(List<ISymbol> variables);
}
