package org.conserve.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.conserve.engine.sampling.OdeSampler;
import org.conserve.engine.sampling.PdeSamplingSettings;
import org.conserve.engine.sampling.RandomPeriodicStates;
import org.conserve.engine.sampling.SampleSet;
import org.conserve.engine.simulation.OdeSimulator;
import org.conserve.engine.simulation.OdeTrajectory;
import org.conserve.engine.simulation.PdeSimulator;
import org.conserve.engine.simulation.PdeTrajectory;
import org.conserve.engine.system.NamedFunction;
import org.conserve.engine.system.OdeSystem;
import org.conserve.engine.system.PdeSystem;
import org.conserve.engine.system.ScalarFunction;
import org.conserve.symbolic.file.Sampling;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemKind;
import org.conserve.symbolic.file.SystemLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code conserve simulate FILE}: integrates the system and shows how well each expected law holds.
 * ODEs use Dormand-Prince 8(5,3); PDEs a pseudo-spectral integrating-factor RK4.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Integrates a system from the file's initial state, a given one, or a sampled one,",
                "and reports the drift of each expected law along the trajectory."})
final class SimulateCommand implements Callable<Integer> {
    private static final int DEFAULT_STEPS = 200;
    /** A law whose values stay below this along the run is treated as zero there. */
    private static final double ZERO_LAW = 1e-9;

    @Parameters(paramLabel = "FILE", description = "a system file (.yaml), or the name of a built-in system")
    private String file;

    @Option(names = "--t", paramLabel = "T", description = "end time (default: the file's simulation.t)")
    private Double endTime;

    @Option(names = "--steps", paramLabel = "N", description = "output intervals (default: the file's, else 200)")
    private Integer steps;

    @Option(names = "--initial", paramLabel = "NAME=VALUE", split = ",",
            description = "ODE initial state, e.g. --initial x=1,y=0,px=0,py=0.7 (every variable)")
    private Map<String, Double> initial;

    @Option(names = "--seed", paramLabel = "N", description = "seed of a sampled initial state, used when the file "
            + "gives none and --initial is absent (default: ${DEFAULT-VALUE})", defaultValue = "1")
    private long seed;

    @Option(names = "--csv", paramLabel = "OUT", description = "write the trajectory as CSV (a PDE also writes "
            + "its field snapshots to OUT with -fields before the extension)")
    private Path csv;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SystemDefinition definition = SystemArgument.read(file);
        double t = endTime != null ? endTime : definition.simulation().t().orElseThrow(() -> new UserInputException(
                "--t is missing and " + definition.file() + " gives no simulation.t: say how long to simulate, e.g. --t 10"));
        int outputs = steps != null ? steps : definition.simulation().steps().orElse(DEFAULT_STEPS);
        if (!(t > 0) || !Double.isFinite(t)) {
            throw new UserInputException("--t must be a positive number, got " + t);
        }
        if (outputs < 1) {
            throw new UserInputException("--steps must be at least 1, got " + outputs);
        }
        if (csv != null) {
            CsvFiles.requireFolder(csv); // before the simulation, not after it
        }
        PrintWriter out = spec.commandLine().getOut();
        if (definition.kind() == SystemKind.ODE) {
            simulateOde(definition, t, outputs, out);
        } else {
            simulatePde(definition, t, outputs, out);
        }
        return ConserveCommand.OK;
    }

    private void simulateOde(SystemDefinition definition, double t, int outputs, PrintWriter out) throws IOException {
        OdeSystem system = SystemLoader.ode(definition);
        double[] start = initialState(definition, system);
        List<NamedFunction> laws = system.expectedLaws();
        long began = System.nanoTime();
        OdeTrajectory trajectory = new OdeSimulator().simulate(system.field(), start, t, outputs, functions(laws));
        double seconds = (System.nanoTime() - began) / 1e9;
        out.printf("%s: simulated to t = %s in %d outputs (%.2f s, Dormand-Prince 8(5,3), tolerance 1e-12)%n",
                system.name(), t, outputs, seconds);
        out.println("  initial state: " + describeState(system.variables(), start));
        printDrifts(laws, trajectory.observables(), out);
        if (csv != null) {
            List<String> header = new ArrayList<>(List.of("t"));
            header.addAll(system.variables());
            laws.forEach(law -> header.add(law.expression()));
            CsvFiles.write(csv, header, trajectory.size(), row -> {
                double[] values = new double[header.size()];
                values[0] = trajectory.times()[row];
                System.arraycopy(trajectory.states()[row], 0, values, 1, system.dimension());
                System.arraycopy(trajectory.observables()[row], 0, values, 1 + system.dimension(), laws.size());
                return values;
            });
            out.println("  wrote " + csv);
        }
    }

    private double[] initialState(SystemDefinition definition, OdeSystem system) {
        if (initial != null) {
            double[] state = new double[system.dimension()];
            for (String name : initial.keySet()) {
                if (!system.variables().contains(name)) {
                    throw new UserInputException("--initial names '" + name + "', which is not a variable of "
                            + definition.file() + "; its variables are " + String.join(", ", system.variables()));
                }
            }
            for (int i = 0; i < state.length; i++) {
                Double value = initial.get(system.variables().get(i));
                if (value == null) {
                    throw new UserInputException("--initial gives no value for '" + system.variables().get(i)
                            + "': give every variable, e.g. --initial " + String.join("=0,", system.variables()) + "=0");
                }
                state[i] = value;
            }
            return state;
        }
        return SystemLoader.initialState(definition).orElseGet(() -> {
            SampleSet sample = new OdeSampler().sample(system, 1, seed);
            return sample.points()[0];
        });
    }

    private void simulatePde(SystemDefinition definition, double t, int outputs, PrintWriter out) throws IOException {
        if (initial != null) {
            throw new UserInputException("--initial takes ODE states; a PDE's initial fields are given in the file "
                    + "(simulation.initial, as expressions of x)");
        }
        PdeSystem system = SystemLoader.pde(definition);
        double[][] start = SystemLoader.initialFields(definition).orElseGet(() -> randomState(definition, system));
        List<NamedFunction> laws = system.expectedLaws();
        long began = System.nanoTime();
        PdeTrajectory trajectory = new PdeSimulator().simulate(system, start, t, outputs, functions(laws));
        double seconds = (System.nanoTime() - began) / 1e9;
        out.printf("%s: simulated to t = %s in %d outputs (%.2f s, %d pseudo-spectral steps on %d points)%n",
                system.name(), t, outputs, seconds, trajectory.acceptedSteps(), system.grid().points());
        printDrifts(laws, trajectory.integrals(), out);
        if (csv != null) {
            List<String> header = new ArrayList<>(List.of("t"));
            laws.forEach(law -> header.add("integral of " + law.expression()));
            CsvFiles.write(csv, header, trajectory.size(), row -> {
                double[] values = new double[header.size()];
                values[0] = trajectory.times()[row];
                System.arraycopy(trajectory.integrals()[row], 0, values, 1, laws.size());
                return values;
            });
            Path fieldsFile = CsvFiles.sibling(csv, "-fields");
            List<String> fieldHeader = new ArrayList<>(List.of("t", "x"));
            fieldHeader.addAll(system.fields());
            int points = system.grid().points();
            CsvFiles.write(fieldsFile, fieldHeader, trajectory.size() * points, row -> {
                int time = row / points;
                int j = row % points;
                double[] values = new double[fieldHeader.size()];
                values[0] = trajectory.times()[time];
                values[1] = system.grid().x(j);
                for (int f = 0; f < system.fields().size(); f++) {
                    values[2 + f] = trajectory.fields()[time][f][j];
                }
                return values;
            });
            out.println("  wrote " + csv + " and " + fieldsFile);
        }
    }

    private double[][] randomState(SystemDefinition definition, PdeSystem system) {
        Sampling.States states = (Sampling.States) definition.sampling();
        RandomPeriodicStates random = new RandomPeriodicStates(system.grid(),
                new PdeSamplingSettings(1, states.modes(), states.amplitude(), 0.0));
        SplittableRandom generator = new SplittableRandom(seed);
        double[][] fields = new double[system.fields().size()][system.grid().points()];
        for (double[] field : fields) {
            random.draw(generator, field);
        }
        return fields;
    }

    /**
     * Prints each law's start value and its largest change along the run: relative to the law's size,
     * or absolute where the law is zero on this trajectory (a relative figure would only measure rounding).
     */
    private static void printDrifts(List<NamedFunction> laws, double[][] values, PrintWriter out) {
        if (laws.isEmpty()) {
            out.println("  the file states no expected laws to follow");
            return;
        }
        out.println("  expected laws along the trajectory:");
        for (int law = 0; law < laws.size(); law++) {
            double first = values[0][law];
            double scale = 0;
            double drift = 0;
            for (double[] row : values) {
                scale = Math.max(scale, Math.abs(row[law]));
                drift = Math.max(drift, Math.abs(row[law] - first));
            }
            String expression = laws.get(law).expression();
            String change = scale > ZERO_LAW
                    ? String.format("relative drift %.2e", drift / scale)
                    : String.format("absolute drift %.2e (zero on this trajectory)", drift);
            if (expression.length() > 40) {
                out.println("    " + expression);
                expression = "";
            }
            out.printf("    %-40s H(0) = % .12g   %s%n", expression, first, change);
        }
    }

    private static List<ScalarFunction> functions(List<NamedFunction> laws) {
        return laws.stream().map(NamedFunction::function).toList();
    }

    private static String describeState(List<String> names, double[] state) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < state.length; i++) {
            parts.add(names.get(i) + " = " + state[i]);
        }
        return String.join(", ", parts);
    }
}
