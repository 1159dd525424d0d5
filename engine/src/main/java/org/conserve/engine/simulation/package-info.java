/**
 * Time integration: ODEs with Hipparchus' adaptive Dormand-Prince 8(5,3)
 * ({@link org.conserve.engine.simulation.OdeSimulator}) and evolution PDEs pseudo-spectrally with
 * integrating-factor RK4 and step doubling ({@link org.conserve.engine.simulation.PdeSimulator}). Both record
 * the state at uniform output times with given observables (ODE) or density integrals (PDE), can be stopped
 * by a {@link org.conserve.engine.simulation.SimulationListener}, and fail with
 * {@code EngineError.SIMULATION_FAILED} naming the time and what to try.
 */
package org.conserve.engine.simulation;
