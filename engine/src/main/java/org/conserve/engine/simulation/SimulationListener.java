package org.conserve.engine.simulation;

/**
 * Watches a running simulation and may stop it. Called on the simulating thread; keep it quick. A
 * cancellation flag is one line: {@code time -> cancelled.get() ? STOP : CONTINUE}.
 *
 * <p>When a listener returns {@link SimulationControl#STOP} the simulator returns the outputs recorded so
 * far, marked incomplete; it does not throw.
 */
@FunctionalInterface
public interface SimulationListener {

    /** Never stops. */
    SimulationListener NONE = time -> SimulationControl.CONTINUE;

    /** Called after every accepted internal time step, with the time reached. */
    SimulationControl stepTaken(double time);

    /** Called after output {@code index} (at {@code time}) was recorded. */
    default SimulationControl outputRecorded(int index, double time) {
        return SimulationControl.CONTINUE;
    }
}
