package org.conserve.app.gui;

import java.util.function.LongSupplier;

import javafx.application.Platform;
import org.conserve.app.gui.editor.SymbolicValidator;
import org.conserve.app.gui.editor.SystemValidator;
import org.conserve.app.gui.library.BuiltInSystems;
import org.conserve.app.gui.library.SystemSource;
import org.conserve.app.gui.simulate.FileSimulations;
import org.conserve.app.gui.simulate.SimulationLoader;
import org.conserve.app.gui.task.BackgroundTaskRunner;
import org.conserve.app.gui.task.FrameClock;
import org.conserve.app.gui.task.FxFrameClock;
import org.conserve.app.gui.task.TaskRunner;

/**
 * What the view models need from the outside world; tests pass their own (a current-thread task
 * runner, a manual frame clock, systems written in Java).
 *
 * @param builtIns    the library's systems
 * @param validator   checks a system file's text
 * @param simulations turns a system file into a simulation
 * @param tasks       runs work off the UI thread
 * @param clock       display frames
 * @param nanoTime    the clock animations measure time with
 * @param failures    turns failures into messages and logs them
 */
public record AppServices(SystemSource builtIns, SystemValidator validator, SimulationLoader simulations,
        TaskRunner tasks, FrameClock clock, LongSupplier nanoTime, Failures failures) {

    /** The product's services; call on the JavaFX thread. */
    public static AppServices standard(BackgroundTaskRunner tasks, Failures failures) {
        return new AppServices(BuiltInSystems.standard(), new SymbolicValidator(), new FileSimulations(), tasks,
                new FxFrameClock(), System::nanoTime, failures);
    }

    /** The product's services with a fresh background runner delivering on the JavaFX thread. */
    public static AppServices standard(Failures failures) {
        return standard(new BackgroundTaskRunner(Platform::runLater), failures);
    }
}
