package org.conserve.app.gui.laws;

/**
 * A law along a simulated trajectory, beside a quantity that is not conserved.
 *
 * @param plot           both, as change since t = 0 divided by the largest |value| along the trajectory
 * @param drift          the law's largest change on that scale (the largest over the networks for a
 *                       neural-only row): the relative drift
 * @param quantity       the name of the quantity shown beside it
 * @param quantityChange its largest change on the same scale
 * @param complete       false when the simulation stopped early (cancelled)
 */
public record LawTrajectory(LawPlot plot, double drift, String quantity, double quantityChange, boolean complete) {
}
