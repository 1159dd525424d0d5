package org.conserve.app.gui.laws;

/**
 * A law and the trained networks along a line through a sample point, one variable varied over its
 * sampling interval.
 *
 * @param plot             the formula and the networks' best affine combination (or, for a neural-only
 *                         row, the networks themselves)
 * @param variable         the varied variable
 * @param relativeResidual ||f - fit|| / ||f - mean f|| over the slice points; NaN when there is no formula
 */
public record LawSlice(LawPlot plot, String variable, double relativeResidual) {
}
