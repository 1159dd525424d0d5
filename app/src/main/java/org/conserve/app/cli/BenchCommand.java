package org.conserve.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import org.conserve.app.discovery.DiscoveryPipeline;
import org.conserve.app.discovery.PdePipeline;
import org.conserve.app.report.BenchRow;
import org.conserve.app.report.DiscoveryReport;
import org.conserve.app.report.PeakMemory;
import org.conserve.engine.discovery.Discovery;
import org.conserve.engine.discovery.NeuralResult;
import org.conserve.engine.neural.InductiveBias;
import org.conserve.examples.BuiltInSystem;
import org.conserve.examples.Catalogue;
import org.conserve.symbolic.discovery.SymbolicDiscovery;
import org.conserve.symbolic.discovery.SymbolicOutcome;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;
import org.conserve.symbolic.file.SystemKind;
import org.conserve.symbolic.file.SystemLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code conserve bench}: discovery on every built-in example (or the named ones) with the default
 * settings, one line per system: the count found and the expected count, the final l1 per network,
 * the gap, wall time and peak memory. {@code --step} runs only the training-step comparison with the
 * PyTorch reference ({@link StepComparison}). ODE counts are neural; PDE counts are the larger of the
 * density networks' count and the density search's (the method column shows both: n3/s3).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks discovery on the built-in examples (count, expected count, losses, gap, time, "
                + "memory), or with --step the training step against the PyTorch reference."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--step", description = "only the training-step comparison with bench/pytorch/step.py")
    private boolean step;

    @Option(names = "--systems", split = ",", paramLabel = "ID",
            description = "built-in systems to run, e.g. harmonic-oscillator,kepler-2d (default: all)")
    private List<String> systems;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "seed (default ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--timed-steps", paramLabel = "N", defaultValue = "200",
            description = "--step: timed steps on each side after warm-up (default ${DEFAULT-VALUE})")
    private int timedSteps;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "30",
            description = "--step: untimed warm-up steps (default ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--pde-states", paramLabel = "N",
            description = "PDE rows: random training states (default: the file's sampling.states)")
    private Integer pdeStates;

    @Option(names = "--pde-adam", paramLabel = "STEPS", description = "PDE rows: Adam steps (default 1000)")
    private Integer pdeAdam;

    @Option(names = "--pde-lbfgs", paramLabel = "STEPS", description = "PDE rows: L-BFGS iterations (default 1500)")
    private Integer pdeLbfgs;

    @Option(names = "--trainer", paramLabel = "NAME", defaultValue = "adam-lbfgs",
            description = "ODE rows: adam-lbfgs (default) or precision (plain networks one at a time; the l1 column"
                    + " then lists each network's held-out l1 of its independent part, the gap column the precision"
                    + " gap in orders, and a line below gives training and held-out l1)")
    private String trainer;

    @Option(names = "--no-bias", description = "ODE: plain networks of all variables, ignoring the files'"
            + " neural.bias (the expected count is then the file's expected.count)")
    private boolean noBias;

    @Spec
    private CommandSpec spec;

    /** The precision trainer's per-network figures of the last row, printed below it. */
    private String detail;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if ((pdeStates != null && pdeStates < 1) || (pdeAdam != null && pdeAdam < 0)
                || (pdeLbfgs != null && pdeLbfgs < 0)) {
            throw new UserInputException("--pde-states must be at least 1, --pde-adam and --pde-lbfgs at least 0");
        }
        if (step) {
            if (timedSteps < 100 || warmup < 1) {
                throw new UserInputException("--timed-steps must be at least 100 and --warmup at least 1");
            }
            return new StepComparison(out, spec.commandLine().getErr()).run(timedSteps, warmup);
        }
        if (!trainer.equals("adam-lbfgs") && !trainer.equals("precision")) {
            throw new UserInputException("--trainer must be adam-lbfgs or precision, got " + trainer);
        }
        List<BuiltInSystem> chosen = chosen();
        out.println(machine());
        out.println(BenchRow.header());
        out.flush();
        List<BenchRow> rows = new ArrayList<>();
        for (BuiltInSystem system : chosen) {
            BenchRow row = run(system);
            rows.add(row);
            out.println(row.line());
            if (detail != null) {
                out.println(detail);
                detail = null;
            }
            out.flush();
        }
        long matching = rows.stream().filter(BenchRow::matches).count();
        out.printf(Locale.ROOT, "%d of %d counts as expected (seed %d)%n", matching, rows.size(), seed);
        return ConserveCommand.OK;
    }

    private List<BuiltInSystem> chosen() {
        if (systems == null || systems.isEmpty()) {
            return Catalogue.list();
        }
        List<BuiltInSystem> chosen = new ArrayList<>();
        for (String id : systems) {
            chosen.add(Catalogue.find(id.trim()).orElseThrow(() -> new UserInputException("--systems: no built-in"
                    + " system '" + id + "'; known: " + String.join(", ", Catalogue.list().stream()
                    .map(BuiltInSystem::id).toList()))));
        }
        return chosen;
    }

    private BenchRow run(BuiltInSystem builtIn) {
        SystemDefinition definition = SystemFiles.parse(builtIn.fileName(), builtIn.text());
        System.gc();
        PeakMemory.reset();
        long start = System.nanoTime();
        if (definition.kind() == SystemKind.ODE) {
            // the training discover would run: the file's bias (unless --no-bias) with its defaults, else the
            // plain defaults for this dimension
            DiscoveryPipeline.Settings defaults = new DiscoveryPipeline.Settings(null, null, null, null, null, seed);
            boolean precision = trainer.equals("precision");
            Discovery discovery = DiscoveryPipeline.discovery(definition, defaults,
                    DiscoveryPipeline.samples(definition, defaults), !noBias && !precision);
            if (precision) {
                discovery = DiscoveryPipeline.withPrecisionTrainer(discovery, defaults);
            }
            InductiveBias bias = discovery.bias();
            NeuralResult result = discovery.run(SystemLoader.ode(definition));
            if (result.precisionFits().isPresent()) {
                var fits = result.precisionFits().get();
                StringBuilder line = new StringBuilder("    training / held-out l1 (independent part held out):");
                for (var fit : fits.fits()) {
                    line.append(String.format(Locale.ROOT, " H%d %.1e / %.1e (%.1e)%s", fit.index(), fit.trainingL1(),
                            fit.heldOutL1(), fit.independentL1(), fit.accepted() ? "" : " not counted"));
                }
                detail = line.toString();
                double[] independent = fits.fits().stream().mapToDouble(fit -> fit.independentL1()).toArray();
                return row(builtIn, "ode", result.count(), "precision", bias.name(), definition.expected().count(),
                        independent, fits.precisionGap(), start);
            }
            double gapOrders = result.conservedNetworks().length == 0 ? Double.NaN : result.independence().gapOrders();
            OptionalInt expected = bias instanceof InductiveBias.None || definition.neural().expectedCount().isEmpty()
                    ? definition.expected().count() : definition.neural().expectedCount();
            return row(builtIn, "ode", result.count(), "neural", bias.name(), expected, result.conservationLoss(),
                    gapOrders, start);
        }
        NeuralResult neural = PdePipeline.discovery(new DiscoveryPipeline.Settings(null, null, pdeStates, pdeAdam,
                        pdeLbfgs, seed))
                .run(SystemLoader.pde(definition), PdePipeline.sampling(definition));
        double neuralSeconds = (System.nanoTime() - start) / 1e9;
        SymbolicOutcome outcome = SymbolicDiscovery.searchPde(definition);
        DiscoveryReport report = PdePipeline.report(definition, neural, Optional.of(outcome), "", seed, neuralSeconds);
        double gapOrders = neural.conservedNetworks().length == 0 ? Double.NaN : neural.independence().gapOrders();
        String method = "n" + neural.count() + "/s" + outcome.count(); // neural / symbolic
        return row(builtIn, "pde", report.count(), method, "density", definition.expected().count(),
                neural.conservationLoss(), gapOrders, start);
    }

    private static BenchRow row(BuiltInSystem builtIn, String kind, int count, String method, String bias,
                                OptionalInt expected, double[] l1, double gapOrders, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        double heap = PeakMemory.heapPeakBytes() / 1e6;
        double rss = PeakMemory.residentPeakBytes().stream().mapToDouble(bytes -> bytes / 1e6).findFirst().orElse(-1);
        return new BenchRow(builtIn.id(), kind, count, method, bias, expected, l1, gapOrders, seconds,
                heap, rss);
    }

    /** One line naming the machine, so that figures are never quoted without it. */
    static String machine() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "machine: %d processors, max heap %.0f MB, %s %s, Java %s",
                runtime.availableProcessors(), runtime.maxMemory() / 1e6, System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"));
    }
}
