package org.conserve.engine.simulation;

/** One fields x fields complex matrix per Fourier mode, row-major: {@code re[k][t * fields + s]}. */
final class ModeMatrices {
    final double[][] re;
    final double[][] im;

    ModeMatrices(int modes, int fields) {
        re = new double[modes][fields * fields];
        im = new double[modes][fields * fields];
    }
}
