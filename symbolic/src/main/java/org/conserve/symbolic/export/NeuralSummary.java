package org.conserve.symbolic.export;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the neural stage found, as far as the exports show it. Immutable.
 *
 * @param count           the number of independent conserved quantities the networks found
 * @param confidence      the confidence of that count, in [0, 1]
 * @param explainedRatios the spectrum of the count (one ratio per network, as the engine reports it)
 * @param caution         a warning about laws that rest on the networks alone ("" when there is none),
 *                        printed as the discovery report words it
 */
public record NeuralSummary(int count, double confidence, List<Double> explainedRatios, String caution) {
    /** A summary without a caution. */
    public NeuralSummary(int count, double confidence, List<Double> explainedRatios) {
        this(count, confidence, explainedRatios, "");
    }

    /** The same summary with {@code text} as its caution. */
    public NeuralSummary withCaution(String text) {
        return new NeuralSummary(count, confidence, explainedRatios, text);
    }

    public NeuralSummary {
        Objects.requireNonNull(caution, "caution");
        explainedRatios = List.copyOf(explainedRatios);
    }

    /** From the engine's array of ratios. */
    public static NeuralSummary of(int count, double confidence, double[] explainedRatios) {
        return new NeuralSummary(count, confidence, Arrays.stream(explainedRatios).boxed().toList());
    }
}
