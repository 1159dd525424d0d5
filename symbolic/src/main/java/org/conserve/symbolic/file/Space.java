package org.conserve.symbolic.file;

import org.conserve.engine.system.Interval;

/**
 * The space of a PDE: a periodic interval (periodic is the only boundary) and its grid size.
 *
 * @param x      the interval [min, max) of x
 * @param points grid points (at least 4)
 */
public record Space(Interval x, int points) {
}
