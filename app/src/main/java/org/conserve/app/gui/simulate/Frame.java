package org.conserve.app.gui.simulate;

/**
 * One recorded moment of a simulation.
 *
 * @param time      the simulated time
 * @param state     ODE: the state z; PDE: the fields one after another, each on the grid
 * @param lawValues the expected laws (ODE) or their integrals (PDE) at this moment, in file order
 */
public record Frame(double time, double[] state, double[] lawValues) {
}
