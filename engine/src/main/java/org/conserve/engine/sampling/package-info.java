/**
 * Seeded sampling of a system's phase space: uniform points of an ODE's box restricted by its
 * {@code where} filter ({@link org.conserve.engine.sampling.OdeSampler}, giving a
 * {@link org.conserve.engine.sampling.SampleSet}), and random smooth periodic states of a PDE with their jets,
 * rates and density features ({@link org.conserve.engine.sampling.PdeSampler}, giving a
 * {@link org.conserve.engine.sampling.PdeSampleSet}). Same seed, same sample.
 */
package org.conserve.engine.sampling;
