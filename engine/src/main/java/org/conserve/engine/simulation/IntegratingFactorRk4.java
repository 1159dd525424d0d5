package org.conserve.engine.simulation;

/**
 * One step of the integrating-factor Runge-Kutta method of order 4 (Lawson's RK4) for
 * {@code U' = L U + N(U)} in Fourier space, with exact exponentials {@code E = exp(L h/2)},
 * {@code E2 = exp(L h)} (Trefethen, Spectral Methods in MATLAB, program 27):
 *
 * <pre>
 *   k1 = N(U)
 *   k2 = N(E (U + h/2 k1))
 *   k3 = N(E U + h/2 k2)
 *   k4 = N(E2 U + h E k3)
 *   U(t + h) = E2 U + h/6 (E2 k1 + 2 E (k2 + k3) + k4)
 * </pre>
 *
 * The linear part (dispersion, diffusion) is integrated exactly, so the step is limited by N alone.
 * Keeps its stage buffers; not thread-safe.
 */
final class IntegratingFactorRk4 {
    private final NonlinearTerm nonlinear;
    private final Spectrum linearHalf;
    private final Spectrum linearFull;
    private final Spectrum scratch;
    private final Spectrum stage;
    private final Spectrum k2;
    private final Spectrum k3;
    private final Spectrum k4;

    IntegratingFactorRk4(NonlinearTerm nonlinear, int fields, int modes) {
        this.nonlinear = nonlinear;
        linearHalf = new Spectrum(fields, modes);
        linearFull = new Spectrum(fields, modes);
        scratch = new Spectrum(fields, modes);
        stage = new Spectrum(fields, modes);
        k2 = new Spectrum(fields, modes);
        k3 = new Spectrum(fields, modes);
        k4 = new Spectrum(fields, modes);
    }

    /**
     * Writes U(t + h) into {@code out} (which must not be {@code u}). Returns false when N was not finite
     * at some stage; {@code out} is then undefined.
     *
     * @param k1   N(u), computed by the caller (the step-doubling driver shares it between two steps)
     * @param half exp(L h/2) per mode
     * @param full exp(L h) per mode
     */
    boolean step(Spectrum u, Spectrum k1, double h, ModeMatrices half, ModeMatrices full, Spectrum out) {
        linearHalf.setProduct(half, u);
        linearFull.setProduct(full, u);

        scratch.setSum(u, h / 2, k1);
        stage.setProduct(half, scratch);
        if (!nonlinear.evaluate(stage, k2)) {
            return false;
        }
        stage.setSum(linearHalf, h / 2, k2);
        if (!nonlinear.evaluate(stage, k3)) {
            return false;
        }
        scratch.setProduct(half, k3);
        stage.setSum(linearFull, h, scratch);
        if (!nonlinear.evaluate(stage, k4)) {
            return false;
        }
        // out = E2 U + h/6 (E2 k1 + 2 E (k2 + k3) + k4)
        out.setProduct(full, k1);
        scratch.setSum(k2, 1, k3);
        stage.setProduct(half, scratch);
        out.add(2, stage);
        out.add(1, k4);
        stage.setSum(linearFull, h / 6, out);
        out.copyFrom(stage);
        return true;
    }
}
