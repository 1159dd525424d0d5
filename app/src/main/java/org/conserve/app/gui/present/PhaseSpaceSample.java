package org.conserve.app.gui.present;

import java.util.List;

/**
 * What the phase-space slide draws. An ODE: the sampled points projected on two variables. A PDE: a few
 * sampled states of the first field on the grid.
 *
 * @param axes        ODE: the two variables projected on; PDE: "x" and the field's name
 * @param horizontal  ODE: each point's first projected coordinate; PDE: the grid
 * @param vertical    ODE: each point's second projected coordinate; PDE: empty
 * @param states      PDE: the drawn states of the first field, each on the grid; ODE: empty
 * @param sampled     how many points (ODE) or states (PDE) the discovery samples with these settings
 * @param description one line for a person, e.g. "1000 points in the 4-dimensional box, seed 1"
 */
public record PhaseSpaceSample(List<String> axes, double[] horizontal, double[] vertical, List<double[]> states,
        int sampled, String description) {

    public PhaseSpaceSample {
        axes = List.copyOf(axes);
        states = List.copyOf(states);
    }

    public boolean isField() {
        return !states.isEmpty();
    }
}
