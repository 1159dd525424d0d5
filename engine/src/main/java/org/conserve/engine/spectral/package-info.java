/**
 * Fourier analysis on a periodic grid: the real FFT as a half spectrum
 * ({@link org.conserve.engine.spectral.FourierTransform}, JTransforms, any size) and spectral x-derivatives
 * ({@link org.conserve.engine.spectral.SpectralDerivatives}). Instances keep plans and buffers and are not
 * thread-safe: one per thread and grid.
 */
package org.conserve.engine.spectral;
