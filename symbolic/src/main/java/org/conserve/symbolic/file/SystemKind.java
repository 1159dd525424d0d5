package org.conserve.symbolic.file;

/** The two kinds of system a file can describe (its {@code kind} key). */
public enum SystemKind {
    /** An ODE dz/dt = f(z) on R^d. */
    ODE,
    /** An evolution PDE u_t = F(u, u_x, ...) for real fields on a periodic interval. */
    PDE
}
