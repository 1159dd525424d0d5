package org.conserve.app.gui.simulate;

import java.util.List;

import org.conserve.app.gui.task.TaskContext;

/**
 * A system being simulated, advanced chunk by chunk: each {@link #advance} continues from the last
 * state it reached, so an animation can run for as long as the user watches. Not thread-safe: one
 * chunk at a time (the view model guarantees that).
 */
public interface Simulation {

    String name();

    Display display();

    /** ODE variables or PDE fields, in file order. */
    List<String> coordinates();

    /** The expected laws as written in the file, in the order of {@link Frame#lawValues()}. */
    List<String> laws();

    /** PDE: the grid points x_j; ODE: empty. */
    double[] grid();

    /** The simulated time between recorded frames. */
    double frameInterval();

    /** The file's suggested duration: the default speed plays it in ten seconds. */
    double suggestedDuration();

    /** The state at t = 0. */
    Frame initialFrame();

    /**
     * Simulates the next {@code frames} frame intervals. A cancelled context may end it early with
     * fewer frames; failures are thrown (for instance the engine's SIMULATION_FAILED).
     */
    List<Frame> advance(int frames, TaskContext context) throws Exception;
}
