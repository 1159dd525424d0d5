package org.conserve.app.gui.discover;

/**
 * One training report for the loss chart.
 *
 * @param seconds time since training started
 * @param loss    l1 + lambda l2 on the batch
 * @param l1      conservation loss (mean over networks)
 * @param l2      independence loss
 */
public record LossPoint(double seconds, double loss, double l1, double l2) {
}
