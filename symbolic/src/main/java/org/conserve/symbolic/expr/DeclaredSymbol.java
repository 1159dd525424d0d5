package org.conserve.symbolic.expr;

import org.matheclipse.core.interfaces.ISymbol;

/**
 * A name a system file declares and the Symja symbol it is mapped to.
 *
 * @param name   the name as the file writes it (x, I, u_xx, k, ...)
 * @param role   what the name stands for
 * @param symbol the internal Symja symbol; never one of Symja's built-ins
 * @param index  position among the variables, fields or parameters in file order (the field's index
 *               for a derivative; 0 for x)
 * @param order  the x-derivative order for fields and derivatives (0 for a field), else 0
 */
public record DeclaredSymbol(String name, SymbolRole role, ISymbol symbol, int index, int order) {
}
