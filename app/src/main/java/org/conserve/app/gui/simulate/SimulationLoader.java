package org.conserve.app.gui.simulate;

/** Turns a system file's text into a {@link Simulation}. Called off the UI thread. */
@FunctionalInterface
public interface SimulationLoader {

    /**
     * @throws Exception a {@code SymbolicException} for an invalid file, an {@code EngineException} when
     *                   the initial state cannot be used
     */
    Simulation load(String fileName, String text) throws Exception;
}
