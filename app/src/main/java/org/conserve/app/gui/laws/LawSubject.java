package org.conserve.app.gui.laws;

import java.util.List;

import org.conserve.app.gui.simulate.FileSimulations;
import org.conserve.app.gui.simulate.Simulation;
import org.conserve.engine.sampling.OdeSampler;
import org.conserve.engine.system.OdeSystem;
import org.conserve.engine.system.PdeSystem;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;
import org.conserve.symbolic.file.SystemKind;
import org.conserve.symbolic.file.SystemLoader;

/**
 * A system file read for the law details: its definition, the engine's system, and the start the
 * Simulate page uses (the file's {@code simulation} values, else its default start), so that a law is
 * shown along the same trajectory there and here. Built on a worker thread; immutable afterwards.
 */
final class LawSubject {
    /** Seed of the point the slice plots pass through. */
    static final long SLICE_SEED = 20221;

    final SystemDefinition definition;
    /** Null for a PDE. */
    final OdeSystem ode;
    /** Null for an ODE. */
    final PdeSystem pde;
    /** ODE: the state at t = 0, length d. */
    final double[] initialState;
    /** PDE: the fields at t = 0, [field][point]. */
    final double[][] initialFields;
    final double duration;
    final int steps;

    private LawSubject(SystemDefinition definition, OdeSystem ode, PdeSystem pde, double[] initialState,
                       double[][] initialFields, double duration, int steps) {
        this.definition = definition;
        this.ode = ode;
        this.pde = pde;
        this.initialState = initialState;
        this.initialFields = initialFields;
        this.duration = duration;
        this.steps = steps;
    }

    /** Reads the file as the Simulate page does. @throws Exception as {@link FileSimulations#load} */
    static LawSubject read(String fileName, String text) throws Exception {
        SystemDefinition definition = SystemFiles.parse(fileName, text);
        Simulation simulation = new FileSimulations().load(fileName, text);
        double duration = simulation.suggestedDuration();
        int steps = Math.max(1, (int) Math.round(duration / simulation.frameInterval()));
        double[] start = simulation.initialFrame().state();
        if (definition.kind() == SystemKind.ODE) {
            return new LawSubject(definition, SystemLoader.ode(definition), null, start, null, duration, steps);
        }
        PdeSystem pde = SystemLoader.pde(definition);
        int points = pde.grid().points();
        double[][] fields = new double[pde.fields().size()][points];
        for (int f = 0; f < fields.length; f++) {
            System.arraycopy(start, f * points, fields[f], 0, points);
        }
        return new LawSubject(definition, null, pde, null, fields, duration, steps);
    }

    boolean isOde() {
        return ode != null;
    }

    /** ODE variables or PDE fields. */
    List<String> coordinates() {
        return definition.coordinates();
    }

    /** A point of the sampling box (inside its {@code where}), the same every time. ODE only. */
    double[] samplePoint() {
        return new OdeSampler().sample(ode, 1, SLICE_SEED).points()[0];
    }
}
