package org.conserve.app.gui.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The start of an ODE simulation, typed or picked on the plot: one field per variable showing the
 * present start, {@link #apply()} to start from the typed values (each checked, a mistake named by its
 * variable), {@link #pick} to set the two plotted coordinates (the others kept). A start outside the
 * system's region (its {@code where}) or where f is not finite is refused with a message; an accepted one
 * restarts the animation from there. PDE starts are fields: not offered here. UI thread only; testable
 * without a toolkit.
 */
public final class StartViewModel {
    private final SimulationViewModel simulation;
    private final ObservableList<StartField> fields = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final StringProperty timeStep = new SimpleStringProperty(this, "timeStep", "");
    private final BooleanProperty available = new SimpleBooleanProperty(this, "available");
    private OdeSimulation shown;

    public StartViewModel(SimulationViewModel simulation) {
        this.simulation = simulation;
        simulation.simulationProperty().addListener((obs, old, now) -> {
            if (now != null) {
                show(now);
            }
        });
        if (simulation.simulationProperty().get() != null) {
            show(simulation.simulationProperty().get());
        }
    }

    /** One field per variable, in file order (empty for a PDE). */
    public ObservableList<StartField> fields() {
        return fields;
    }

    /**
     * The time between animation frames (the output step of the simulation over its duration T); applied
     * with the start, rounded so that it divides T.
     */
    public StringProperty timeStepProperty() {
        return timeStep;
    }

    /** Why the last start was refused ("" when it was not). */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** True while an ODE is shown: its start can be typed or picked. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available;
    }

    /** Starts from the typed values; refused, with the variable named, when one is not a number. */
    public boolean apply() {
        if (shown == null) {
            return false;
        }
        double[] state = new double[fields.size()];
        String first = "";
        for (int i = 0; i < state.length; i++) {
            StartField field = fields.get(i);
            String typed = field.textProperty().get().strip();
            String why = "";
            try {
                state[i] = Double.parseDouble(typed);
                if (!Double.isFinite(state[i])) {
                    why = field.name() + " must be a finite number, got '" + typed + "'";
                }
            } catch (NumberFormatException notNumber) {
                why = field.name() + " must be a number such as 0.5 or -1e-2, got '" + typed + "'";
            }
            field.setProblem(why);
            if (first.isEmpty()) {
                first = why;
            }
        }
        if (!first.isEmpty()) {
            problem.set("Cannot start there: " + first + ".");
            return false;
        }
        double duration = shown.suggestedDuration();
        String typedStep = timeStep.get() == null ? "" : timeStep.get().strip();
        double step;
        try {
            step = Double.parseDouble(typedStep);
        } catch (NumberFormatException notNumber) {
            step = Double.NaN;
        }
        double smallest = duration / OdeSimulation.MAX_FRAMES;
        if (!(step >= smallest && step <= duration)) {
            problem.set("Cannot use that time step: \u0394t must be a number from " + format(smallest) + " to the"
                    + " duration " + format(duration) + ", got '" + typedStep + "'.");
            return false;
        }
        return startAt(state, step);
    }

    /**
     * Sets the start's coordinates {@code xIndex} and {@code yIndex} (the plotted pair) to {@code x} and
     * {@code y}, keeping the others, and restarts from there unless the start is refused.
     */
    public boolean pick(int xIndex, int yIndex, double x, double y) {
        if (shown == null) {
            return false;
        }
        double[] state = shown.initialFrame().state().clone(); // the frame's array is shared
        state[xIndex] = x;
        state[yIndex] = y;
        return startAt(state, shown.frameInterval());
    }

    private boolean startAt(double[] state, double step) {
        OdeSimulation from = shown;
        String why = from.startProblem(state);
        if (!why.isEmpty()) {
            problem.set("Cannot start at " + describe(from.coordinates(), state) + ": " + why + ".");
            return false;
        }
        problem.set("");
        simulation.open(from.name(), () -> from.startingAt(state, step), true);
        return true;
    }

    private void show(Simulation now) {
        if (!(now instanceof OdeSimulation ode)) {
            shown = null;
            available.set(false);
            fields.clear();
            return;
        }
        shown = ode;
        available.set(true);
        List<String> names = ode.coordinates();
        if (!names.equals(fields.stream().map(StartField::name).toList())) {
            List<StartField> fresh = new ArrayList<>();
            names.forEach(name -> fresh.add(new StartField(name)));
            fields.setAll(fresh);
        }
        timeStep.set(format(ode.frameInterval()));
        double[] start = ode.initialFrame().state();
        for (int i = 0; i < start.length; i++) {
            fields.get(i).textProperty().set(format(start[i]));
            fields.get(i).setProblem("");
        }
    }

    private static String describe(List<String> names, double[] state) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < state.length; i++) {
            parts.add(names.get(i) + " = " + format(state[i]));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    /** Up to ten significant digits: the start as the user reads and retypes it. */
    static String format(double value) {
        String text = String.format(Locale.ROOT, "%.10g", value);
        if (text.contains("e")) {
            return text.replaceAll("\\.?0+e", "e");
        }
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}
