package org.conserve.symbolic.file;

import java.util.OptionalInt;

import org.conserve.engine.neural.InductiveBias;

/**
 * The optional {@code neural} key of an ODE file: the inductive bias of the conserved-quantity networks
 * and the count expected under it.
 *
 * @param bias          the networks' structure ({@link InductiveBias#NONE} when absent), with variables
 *                      as indices in the file's order
 * @param expectedCount how many independent laws a network of that structure can find, when the file
 *                      says (it may be fewer than {@code expected.count}: a law that is not of the
 *                      bias's form cannot be learned)
 * @param networks      how many networks to train under the bias, when the file says (default d - 1:
 *                      a bias that can express fewer laws needs fewer networks, and each costs time)
 */
public record NeuralSettings(InductiveBias bias, OptionalInt expectedCount, OptionalInt networks) {
    public static final NeuralSettings NONE = new NeuralSettings(InductiveBias.NONE, OptionalInt.empty(),
            OptionalInt.empty());

    public NeuralSettings {
        bias = bias == null ? InductiveBias.NONE : bias;
    }

    /** True when the file asks for a bias. */
    public boolean hasBias() {
        return !(bias instanceof InductiveBias.None);
    }
}
