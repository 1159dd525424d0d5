package org.conserve.symbolic.expr;

/** What a declared name stands for. */
public enum SymbolRole {
    /** A coordinate of an ODE. */
    VARIABLE,
    /** A field of a PDE. */
    FIELD,
    /** An x-derivative u_x, u_xx, ... of a PDE field. */
    FIELD_DERIVATIVE,
    /** A named constant. */
    PARAMETER,
    /** The space coordinate x of a PDE (only in initial states). */
    SPACE
}
