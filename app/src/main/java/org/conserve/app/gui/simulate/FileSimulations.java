package org.conserve.app.gui.simulate;


import org.conserve.engine.sampling.OdeSampler;
import org.conserve.engine.simulation.OdeSimulator;
import org.conserve.engine.simulation.PdeSimulator;
import org.conserve.engine.system.OdeSystem;
import org.conserve.engine.system.PdeSystem;
import org.conserve.engine.system.PeriodicGrid;
import org.conserve.symbolic.expr.ParsedExpression;
import org.conserve.symbolic.file.Sampling;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;
import org.conserve.symbolic.file.SystemKind;
import org.conserve.symbolic.file.SystemLoader;

/**
 * Simulations of system files: validated and compiled by the symbolic module, integrated by the engine,
 * starting from the file's {@code simulation} defaults. Without an initial state, an ODE starts at a
 * fixed point of its sampling box (seeded, so it is the same every time) and a PDE from a smooth bump.
 */
public final class FileSimulations implements SimulationLoader {
    static final double ODE_DEFAULT_DURATION = 20;
    static final int ODE_DEFAULT_STEPS = 400;
    static final double PDE_DEFAULT_DURATION = 1;
    static final int PDE_DEFAULT_STEPS = 100;
    private static final long SEED = 20221;

    @Override
    public Simulation load(String fileName, String text) {
        SystemDefinition definition = SystemFiles.parse(fileName, text);
        if (definition.kind() == SystemKind.PDE) {
            PdeSystem system = SystemLoader.pde(definition);
            double[][] initial = SystemLoader.initialFields(definition).orElseGet(() -> bump(system));
            return new PdeSimulation(system, initial, definition.simulation().t().orElse(PDE_DEFAULT_DURATION),
                    definition.simulation().steps().orElse(PDE_DEFAULT_STEPS), new PdeSimulator());
        }
        OdeSystem system = SystemLoader.ode(definition);
        double[] initial = SystemLoader.initialState(definition)
                .orElseGet(() -> new OdeSampler().sample(system, 1, SEED).points()[0]);
        String where = definition.sampling() instanceof Sampling.Box box
                ? box.where().map(ParsedExpression::source).orElse("") : "";
        return new OdeSimulation(system, initial, definition.simulation().t().orElse(ODE_DEFAULT_DURATION),
                definition.simulation().steps().orElse(ODE_DEFAULT_STEPS), new OdeSimulator(), where);
    }

    /** A smooth bump in the first field, centred in the interval; the other fields start at zero. */
    static double[][] bump(PdeSystem system) {
        PeriodicGrid grid = system.grid();
        double[][] fields = new double[system.fields().size()][grid.points()];
        double centre = grid.domain().min() + grid.length() / 2;
        double width = grid.length() / 12;
        for (int j = 0; j < grid.points(); j++) {
            double s = (grid.x(j) - centre) / width;
            fields[0][j] = Math.exp(-s * s);
        }
        return fields;
    }
}
