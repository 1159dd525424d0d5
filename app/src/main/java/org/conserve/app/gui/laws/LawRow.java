package org.conserve.app.gui.laws;

/**
 * One row of the laws table.
 *
 * @param name       "I1", "I2", ... for counted laws, "" for a law that is a function of the others
 * @param tex        the formula as TeX, or a description for a neural-only entry
 * @param expression the formula as found (Symja input form), "" for a neural-only entry
 * @param status     e.g. "proved", "numeric (residual 3.1e-12)", "neural only"
 * @param kind       what the row is
 */
public record LawRow(String name, String tex, String expression, String status, Kind kind) {

    /** Where a row comes from. */
    public enum Kind {
        /** A symbolic law proved by Symja. */
        PROVED,
        /** A symbolic law checked numerically only. */
        NUMERIC,
        /** A conserved direction the networks found that no formula in the searched basis explains. */
        NEURAL_ONLY
    }
}
