package org.conserve.engine.neural;

import java.util.List;

/**
 * The outcome of {@link PrecisionTrainer}: the networks, the count their precision decided, and each network's fit.
 *
 * @param model the accepted networks, followed by the first network that was not accepted (if one was
 *              tried), so that its precision can be shown beside theirs
 * @param count the number of accepted networks: the neural count
 * @param fits  every network tried, in order
 */
public record PrecisionTraining(TrainedModel model, int count, List<NetworkFit> fits) {

    public PrecisionTraining {
        fits = List.copyOf(fits);
    }

    /**
     * Orders of magnitude between the worst independent-part l1 of the accepted networks and that of the
     * first rejected one; NaN when none was accepted or none rejected.
     */
    public double precisionGap() {
        if (count == 0 || fits.size() <= count) {
            return Double.NaN;
        }
        double worstAccepted = 0;
        for (int i = 0; i < count; i++) {
            worstAccepted = Math.max(worstAccepted, fits.get(i).independentL1());
        }
        return Math.log10(fits.get(count).independentL1() / worstAccepted);
    }
}
