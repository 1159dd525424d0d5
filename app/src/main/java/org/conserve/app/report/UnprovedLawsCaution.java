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
 * search leaves such networks unexplained, a person should read them as candidates. Stateless.
 */
public final class UnprovedLawsCaution {
    /**
     * l1 from which a conserved network counts as imprecise: the default training brings exact laws of the
     * oscillators to 2e-8 to 3e-5 (held-out), Kepler's and the chaotic systems' networks to 1e-3 and above.
     */
    public static final double IMPRECISE_L1 = 1e-4;

    private UnprovedLawsCaution() {
    }

    /** The caution for this neural result and agreement, if some unexplained law rests on imprecise networks. */
    public static Optional<String> of(NeuralResult neural, Agreement agreement) {
        double worst = 0;
        for (int index : neural.conservedNetworks()) {
            worst = Math.max(worst, neural.conservationLoss()[index]);
        }
        return of(agreement, worst);
    }

    /**
     * @param worstL1 the largest l1 among the counted (conserved) networks
     */
    static Optional<String> of(Agreement agreement, double worstL1) {
        if (!agreement.measured() || agreement.explained() >= agreement.neural() || !(worstL1 >= IMPRECISE_L1)) {
            return Optional.empty();
        }
        int unexplained = agreement.neural() - agreement.explained();
        return Optional.of(String.format(Locale.ROOT, "%d neural law%s without a formula rest%s on networks conserved"
                        + " only to l1 %.1e; approximate invariants of chaotic systems reach that too, so treat %s"
                        + " as %s, not as established", unexplained, unexplained == 1 ? "" : "s",
                unexplained == 1 ? "s" : "", worstL1, unexplained == 1 ? "it" : "them",
                unexplained == 1 ? "a candidate" : "candidates"));
    }
}
