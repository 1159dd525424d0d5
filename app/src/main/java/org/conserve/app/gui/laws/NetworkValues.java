package org.conserve.app.gui.laws;

import java.util.ArrayList;
import java.util.List;

import org.conserve.engine.discovery.NeuralResult;
import org.conserve.engine.neural.TrainedModel;

/**
 * The trained networks a law is compared with, evaluated at points. Implementations must be safe to
 * call from a worker thread.
 */
public interface NetworkValues {

    /** One label per network, e.g. "H1", in the order of {@link #at}'s rows. */
    List<String> labels();

    /** {@code values[i][p]} = network i at {@code points[p]}. */
    double[][] at(double[][] points);

    /**
     * The networks a discovery counted over (those whose conservation loss is within tolerance), or
     * all of them when none is (a partial result), evaluated with {@link TrainedModel#values}.
     */
    static NetworkValues of(NeuralResult neural) {
        TrainedModel model = neural.model();
        int[] chosen = neural.conservedNetworks();
        if (chosen.length == 0) {
            chosen = new int[model.functionCount()];
            for (int i = 0; i < chosen.length; i++) {
                chosen[i] = i;
            }
        }
        int[] networks = chosen;
        List<String> labels = new ArrayList<>();
        for (int network : networks) {
            labels.add("H" + (network + 1));
        }
        return new NetworkValues() {
            @Override
            public List<String> labels() {
                return List.copyOf(labels);
            }

            @Override
            public double[][] at(double[][] points) {
                double[][] all = model.values(points);
                double[][] picked = new double[networks.length][];
                for (int i = 0; i < networks.length; i++) {
                    picked[i] = all[networks[i]];
                }
                return picked;
            }
        };
    }
}
