package org.conserve.engine.simulation;

/** What a {@link SimulationListener} tells a running integration to do next (as Hipparchus' Action). */
public enum SimulationControl {
    CONTINUE,
    STOP
}
