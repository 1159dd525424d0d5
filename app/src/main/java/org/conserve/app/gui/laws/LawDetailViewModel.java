package org.conserve.app.gui.laws;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conserve.app.gui.Failures;
import org.conserve.app.gui.task.BackgroundWork;
import org.conserve.app.gui.task.TaskHandle;
import org.conserve.app.gui.task.TaskRunner;

/**
 * The details of the law selected in the laws table: the law along a simulated trajectory beside a
 * quantity that is not conserved ({@link LawTrajectory}), and, for an ODE, the formula against the trained
 * networks on a slice through a sample point along a chosen variable ({@link LawSlice}). Both are computed
 * by background tasks; a newer selection makes older results stale (ignored, their tasks cancelled). All
 * methods on the UI thread. Testable without a toolkit.
 */
public final class LawDetailViewModel {
    static final String NOTHING_SELECTED = "Select a law in the table to see it along a trajectory and on a slice.";

    private final TaskRunner tasks;
    private final Failures failures;
    private final ObjectProperty<LawRow> law = new SimpleObjectProperty<>(this, "law");
    private final ObjectProperty<LawTrajectory> trajectory = new SimpleObjectProperty<>(this, "trajectory");
    private final StringProperty trajectoryStatus = new SimpleStringProperty(this, "trajectoryStatus",
            NOTHING_SELECTED);
    private final ObjectProperty<LawSlice> slice = new SimpleObjectProperty<>(this, "slice");
    private final StringProperty sliceStatus = new SimpleStringProperty(this, "sliceStatus", "");
    private final ObservableList<String> variables = FXCollections.observableArrayList();
    private final IntegerProperty variable = new SimpleIntegerProperty(this, "variable", 0);
    /** The file read once per source, shared by the two kinds of task (written by whichever reads it first). */
    private final AtomicReference<ReadSubject> subject = new AtomicReference<>();
    private LawSource source;
    private TaskHandle trajectoryTask = TaskHandle.NONE;
    private TaskHandle sliceTask = TaskHandle.NONE;
    private int trajectoryRequest;
    private int sliceRequest;

    private record ReadSubject(LawSource source, LawSubject subject) {
    }

    public LawDetailViewModel(TaskRunner tasks, Failures failures) {
        this.tasks = tasks;
        this.failures = failures;
        variable.addListener((obs, old, now) -> computeSlice());
    }

    /**
     * Shows the details of laws found on {@code newSource} from now on ({@code null}: no result); the
     * selection is cleared.
     *
     * @param sliceVariables the variables a slice may vary (ODE coordinates; empty for a PDE)
     */
    public void show(LawSource newSource, List<String> sliceVariables) {
        source = newSource;
        select(null);
        variables.setAll(newSource == null ? List.of() : sliceVariables);
        variable.set(0);
    }

    /** Computes the details of {@code row}; {@code null} clears them. */
    public void select(LawRow row) {
        law.set(row);
        computeTrajectory();
        computeSlice();
    }

    private void computeTrajectory() {
        trajectoryTask.cancel();
        int request = ++trajectoryRequest;
        trajectory.set(null);
        LawRow row = law.get();
        if (row == null || source == null) {
            trajectoryStatus.set(source == null ? "" : NOTHING_SELECTED);
            trajectoryTask = TaskHandle.NONE;
            return;
        }
        LawSource from = source;
        trajectoryStatus.set("Simulating " + LawTrajectories.name(row) + " along a trajectory\u2026");
        BackgroundWork<LawTrajectory> work = context -> LawTrajectories.of(subject(from), row, from.networks(), context);
        trajectoryTask = tasks.run("law along a trajectory", work, done -> {
            if (request == trajectoryRequest) {
                trajectory.set(done);
                trajectoryStatus.set("");
            }
        }, failure -> {
            if (request == trajectoryRequest) {
                trajectoryStatus.set(describe("simulate the law", failure));
            }
        });
    }

    private void computeSlice() {
        sliceTask.cancel();
        int request = ++sliceRequest;
        slice.set(null);
        LawRow row = law.get();
        int index = variable.get();
        if (row == null || source == null) {
            sliceStatus.set("");
            sliceTask = TaskHandle.NONE;
            return;
        }
        if (variables.isEmpty() || index < 0 || index >= variables.size()) {
            sliceStatus.set(variables.isEmpty() ? "No slice plot for a PDE: its networks are local densities, not"
                    + " functions of one coordinate (ODEs only)." : "");
            sliceTask = TaskHandle.NONE;
            return;
        }
        LawSource from = source;
        sliceStatus.set("Evaluating the networks along " + variables.get(index) + "\u2026");
        BackgroundWork<LawSlice> work = context -> LawSlices.of(subject(from), row, from.networks(), index);
        sliceTask = tasks.run("law on a slice", work, done -> {
            if (request == sliceRequest) {
                slice.set(done);
                sliceStatus.set("");
            }
        }, failure -> {
            if (request == sliceRequest) {
                sliceStatus.set(describe("plot the slice", failure));
            }
        });
    }

    /** Called on a worker thread. */
    private LawSubject subject(LawSource from) throws Exception {
        ReadSubject read = subject.get();
        if (read != null && read.source() == from) {
            return read.subject();
        }
        LawSubject fresh = LawSubject.read(from.fileName(), from.text());
        subject.set(new ReadSubject(from, fresh));
        return fresh;
    }

    private String describe(String action, Throwable failure) {
        if (failure instanceof LawDetailException reason) {
            return "Cannot " + action + ": " + reason.getMessage() + ".";
        }
        return failures.describe(action, failure).fullText();
    }

    /** The selected row, or null. */
    public ReadOnlyObjectProperty<LawRow> lawProperty() {
        return law;
    }

    /** The selected law along a trajectory; null while computing or when nothing is selected. */
    public ReadOnlyObjectProperty<LawTrajectory> trajectoryProperty() {
        return trajectory;
    }

    /** What the trajectory chart is waiting for, or why it is empty; "" when it is shown. */
    public ReadOnlyStringProperty trajectoryStatusProperty() {
        return trajectoryStatus;
    }

    /** The selected law on a slice; null while computing, when nothing is selected, or for a PDE. */
    public ReadOnlyObjectProperty<LawSlice> sliceProperty() {
        return slice;
    }

    /** What the slice chart is waiting for, or why it is empty; "" when it is shown. */
    public ReadOnlyStringProperty sliceStatusProperty() {
        return sliceStatus;
    }

    /** The variables a slice may vary. */
    public ObservableList<String> sliceVariables() {
        return variables;
    }

    /** The index in {@link #sliceVariables()} of the varied variable; changing it recomputes the slice. */
    public IntegerProperty sliceVariableProperty() {
        return variable;
    }
}
