package org.conserve.app.report;

import java.util.Locale;
import java.util.Optional;

import org.conserve.engine.discovery.NeuralResult;
import org.conserve.symbolic.discovery.Agreement;

/**
 * A warning for a count that rests on imprecise networks without formulas. On chaotic systems
 * (Henon-Heiles, the double pendulum) networks reach held-out l1 of 1e-3 to 9e-3 on approximate
 * invariants (seeds 1 to 3), as low as Kepler's true laws reach with the default training, so the neural
 * count there is too high (docs/decisions/neural-defaults.md, tuning rounds 3 and 4). When the formula
 * search leaves such networks unexplained, they are candidates: reported, and left out of the final count
 * ({@code DiscoveryPipeline.leftOut}). Stateless.
 */
public final class UnprovedLawsCaution {
    /**
     * l1 from which a conserved network counts as imprecise. Held-out, with the default training: the harmonic
     * and isotropic oscillators' laws 5e-10 to 3.2e-8, Kepler's and the chaotic systems' networks 8e-4 and
     * above. The ratio-2 oscillator's laws reach only 1.2e-5 to 9.3e-4 (seeds 1 and 2), but its formulas
     * explain them all, so they are never candidates.
     */
    public static final double IMPRECISE_L1 = 1e-4;

    private UnprovedLawsCaution() {
    }

    /** The caution for this neural result and agreement, if some unexplained law rests on imprecise networks. */
    public static Optional<String> of(NeuralResult neural, Agreement agreement) {
        return of(agreement, worstL1(neural));
    }

    /**
     * The candidates: the neural laws without a formula when they rest on imprecise networks, else 0.
     */
    public static int candidates(NeuralResult neural, Agreement agreement) {
        return candidates(agreement, worstL1(neural));
    }

    /**
     * How many directions the final count leaves out of the union of networks and formulas: when there are
     * candidates, all that the union counts beyond the {@code formulaCount} independent formulas, else none.
     */
    public static int leftOut(NeuralResult neural, Agreement agreement, int formulaCount) {
        return candidates(neural, agreement) == 0 ? 0 : Math.max(0, agreement.union() - formulaCount);
    }

    /** ", without the 2 neural candidates" for a count line, "" when there are none. */
    public static String leftOutPhrase(int candidates) {
        return candidates == 0 ? "" : ", without " + candidates + " neural candidate" + (candidates == 1 ? "" : "s");
    }

    private static double worstL1(NeuralResult neural) {
        double worst = 0;
        for (int index : neural.conservedNetworks()) {
            worst = Math.max(worst, neural.conservationLoss()[index]);
        }
        return worst;
    }

    private static int candidates(Agreement agreement, double worstL1) {
        if (!agreement.measured() || agreement.explained() >= agreement.neural() || !(worstL1 >= IMPRECISE_L1)) {
            return 0;
        }
        return agreement.neural() - agreement.explained();
    }

    /**
     * @param worstL1 the largest l1 among the counted (conserved) networks
     */
    static Optional<String> of(Agreement agreement, double worstL1) {
        int unexplained = candidates(agreement, worstL1);
        if (unexplained == 0) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%d neural law%s without a formula rest%s on networks conserved"
                        + " only to l1 %.1e; approximate invariants of chaotic systems reach that too, so the count"
                        + " leaves %s out: treat %s as %s", unexplained, unexplained == 1 ? "" : "s",
                unexplained == 1 ? "s" : "", worstL1, unexplained == 1 ? "it" : "them",
                unexplained == 1 ? "it" : "them", unexplained == 1 ? "a candidate" : "candidates"));
    }
}
