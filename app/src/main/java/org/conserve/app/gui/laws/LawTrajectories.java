package org.conserve.app.gui.laws;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.conserve.app.gui.task.TaskContext;
import org.conserve.engine.simulation.OdeSimulator;
import org.conserve.engine.simulation.OdeTrajectory;
import org.conserve.engine.simulation.PdeSimulator;
import org.conserve.engine.simulation.PdeTrajectory;
import org.conserve.engine.simulation.SimulationControl;
import org.conserve.engine.simulation.SimulationListener;
import org.conserve.engine.system.ScalarFunction;

/**
 * Simulates a system from the Simulate page's start and records a law along the way: an ODE law's value
 * at each output, a PDE density's integral over the periodic grid (the engine's quadrature), or for a
 * neural-only row the trained networks at each state. Beside it goes a quantity that is not conserved:
 * the ODE coordinate that varies most, or a PDE field's value at the middle grid point.
 *
 * <p>Both are drawn as change since t = 0 divided by the largest |value| along the trajectory, so that a
 * conserved quantity is a flat line at 0 whatever its size and the other one visibly moves. Stateless.
 */
final class LawTrajectories {
    /** Below this a quantity counts as zero everywhere: its change is then shown unscaled. */
    private static final double TINY = 1e-300;

    private LawTrajectories() {
    }

    private record Series(String label, double[] values) {
    }

    static LawTrajectory of(LawSubject subject, LawRow row, NetworkValues networks, TaskContext context) {
        SimulationListener listener = time -> context.isCancelled() ? SimulationControl.STOP
                : SimulationControl.CONTINUE;
        boolean formula = row.kind() != LawRow.Kind.NEURAL_ONLY;
        List<Series> laws = new ArrayList<>();
        Series quantity;
        double[] times;
        boolean complete;
        if (subject.isOde()) {
            List<ScalarFunction> observables = formula
                    ? List.of(LawFunctions.compile(subject.definition, row.expression())) : List.of();
            OdeTrajectory run = new OdeSimulator().simulate(subject.ode.field(), subject.initialState,
                    subject.duration, subject.steps, observables, listener);
            times = run.times();
            complete = run.complete();
            if (formula) {
                laws.add(new Series(lawLabel(row), column(run.observables(), 0)));
            } else {
                double[][] values = networks.at(run.states());
                for (int i = 0; i < values.length; i++) {
                    laws.add(new Series(networks.labels().get(i) + " (network)", values[i]));
                }
            }
            quantity = mostVaryingCoordinate(subject.coordinates(), run.states());
        } else {
            if (!formula) {
                throw new LawDetailException("neural discovery of PDEs is not available: there is no network"
                        + " to follow");
            }
            ScalarFunction density = LawFunctions.compile(subject.definition, row.expression());
            PdeTrajectory run = new PdeSimulator().simulate(subject.pde, subject.initialFields, subject.duration,
                    subject.steps, List.of(density), listener);
            times = run.times();
            complete = run.complete();
            laws.add(new Series("\u222b " + lawLabel(row) + " dx", column(run.integrals(), 0)));
            int middle = subject.pde.grid().points() / 2;
            double[] atMiddle = new double[run.size()];
            for (int i = 0; i < atMiddle.length; i++) {
                atMiddle[i] = run.fields()[i][0][middle];
            }
            quantity = new Series(String.format(Locale.ROOT, "%s(x = %.3g, t) (the field at one point)",
                    subject.coordinates().get(0), subject.pde.grid().x(middle)), atMiddle);
        }
        return trajectory(row, times, laws, quantity, complete);
    }

    private static LawTrajectory trajectory(LawRow row, double[] times, List<Series> laws, Series quantity,
                                            boolean complete) {
        List<Curve> curves = new ArrayList<>();
        double drift = 0;
        for (Series law : laws) {
            double[] change = scaledChange(law.values());
            drift = Math.max(drift, largestMagnitude(change));
            curves.add(new Curve(law.label(), times, change));
        }
        double[] quantityChange = scaledChange(quantity.values());
        double moved = largestMagnitude(quantityChange);
        curves.add(new Curve(quantity.label(), times, quantityChange));
        double end = times.length == 0 ? 0 : times[times.length - 1];
        String what = row.kind() == LawRow.Kind.NEURAL_ONLY ? "the networks" : name(row);
        String caption = String.format(Locale.ROOT, "Relative drift of %s over t in [0, %s]: %.1e"
                        + " (largest |I(t) - I(0)| / largest |I|); %s changes by %.2g on the same scale.%s",
                what, shortNumber(end), drift, quantity.label(), moved,
                complete ? "" : " The simulation was stopped at t = " + shortNumber(end) + ".");
        LawPlot plot = new LawPlot("Along a trajectory", "time t", "change / max |value|", curves,
                caption);
        return new LawTrajectory(plot, drift, quantity.label(), moved, complete);
    }

    /** The coordinate whose scaled change is largest: the clearest contrast to a conserved line. */
    private static Series mostVaryingCoordinate(List<String> coordinates, double[][] states) {
        int best = 0;
        double bestChange = -1;
        for (int k = 0; k < coordinates.size(); k++) {
            double change = largestMagnitude(scaledChange(column(states, k)));
            if (change > bestChange) {
                best = k;
                bestChange = change;
            }
        }
        return new Series(coordinates.get(best) + " (a coordinate, not conserved)", column(states, best));
    }

    /** (v(t) - v(0)) / max |v|, or v(t) - v(0) when v is zero throughout. */
    static double[] scaledChange(double[] values) {
        double[] change = new double[values.length];
        if (values.length == 0) {
            return change;
        }
        double scale = largestMagnitude(values);
        double divisor = scale > TINY ? scale : 1;
        for (int i = 0; i < values.length; i++) {
            change[i] = (values[i] - values[0]) / divisor;
        }
        return change;
    }

    private static double largestMagnitude(double[] values) {
        double largest = 0;
        for (double value : values) {
            largest = Math.max(largest, Math.abs(value));
        }
        return largest;
    }

    private static double[] column(double[][] rows, int index) {
        double[] column = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            column[i] = rows[i][index];
        }
        return column;
    }

    /** Four significant digits without trailing zeros: 20, 0.125, 3.142. */
    private static String shortNumber(double value) {
        return new BigDecimal(String.format(Locale.ROOT, "%.4g", value)).stripTrailingZeros().toPlainString();
    }

    static String name(LawRow row) {
        return row.name().isEmpty() ? row.expression() : row.name();
    }

    static String lawLabel(LawRow row) {
        return row.name().isEmpty() ? row.expression() : row.name() + " = " + row.expression();
    }
}
