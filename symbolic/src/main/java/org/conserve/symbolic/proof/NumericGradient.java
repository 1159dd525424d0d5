package org.conserve.symbolic.proof;

/**
 * The gradient of a candidate law, evaluated in plain Java (a compiled expression or a combination
 * of basis gradients), so that the numeric check does not go through Symja.
 */
@FunctionalInterface
public interface NumericGradient {
    /** Writes grad H(point) into {@code out} (length d), overwriting it. */
    void gradient(double[] point, double[] out);
}
