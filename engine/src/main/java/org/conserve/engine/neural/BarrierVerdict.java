package org.conserve.engine.neural;

import java.util.List;

/**
 * Whether a set of n networks at the end of its barrier path holds n independent conservation laws,
 * judged on held-out points (docs/decisions/barrier-training.md has the derivation and the evidence):
 * every network's <em>independent-part l1</em> (the mean cos^2 between f and the component of its unit
 * gradient orthogonal to the other networks' gradients) must be at most {@link #PRECISE_L1}.
 *
 * <p>Why the independent part and not the network's own l1: along the path a network that cannot learn a
 * new law precisely can become a function of the others plus a small multiple e of an imprecise new
 * function; its own l1 then shrinks like e^2 while the barrier lets e shrink like sqrt(w), so its own l1
 * follows the weight down although nothing new is conserved (measured: the median log det G of such sets
 * falls by about ln 10 per decade of w). The independent part's cosine does not depend on e: it says how
 * well the new direction itself is conserved. A set with more networks than laws leaves some network
 * whose independent part is not conserved.
 *
 * <p>The threshold: float64 second-order training takes true laws to about 1e-9; approximate invariants of
 * chaotic flows stay at 1e-4 to 1e-2 on every system measured (public and unseen), so 1e-6 lies three
 * orders of magnitude from the first and two from the nearest of the second.
 *
 * @param networks        n
 * @param accepted        every independent-part l1 at most {@link #PRECISE_L1}
 * @param worstIndependentL1 the largest independent-part l1 of the set at its last stage
 * @param worstHeldOutL1  the largest ordinary held-out l1 of the set at its last stage
 * @param medianLogDet    the median log det G at the last stage (reported, not judged)
 */
public record BarrierVerdict(int networks, boolean accepted, double worstIndependentL1, double worstHeldOutL1,
                             double medianLogDet) {

    /** Largest independent-part l1 of a network that counts as a law (see the class comment). */
    public static final double PRECISE_L1 = 1e-6;

    /** The verdict on the stages of one set, in path order (at least one). */
    static BarrierVerdict judge(List<BarrierStage> stages) {
        BarrierStage last = stages.get(stages.size() - 1);
        double worst = last.worstIndependentL1();
        return new BarrierVerdict(last.networks(), worst <= PRECISE_L1, worst, last.worstHeldOutL1(),
                last.medianLogDet());
    }

    /** One line for reports: what was measured and what it means. */
    public String describe() {
        return String.format("%d network%s: worst held-out l1 of an independent part %.2e (%s %.0e: %s), worst "
                        + "held-out l1 %.2e, median log det G %.2f", networks, networks == 1 ? "" : "s",
                worstIndependentL1, accepted ? "<=" : ">", PRECISE_L1,
                accepted ? "accepted" : "not accepted", worstHeldOutL1, medianLogDet);
    }
}
