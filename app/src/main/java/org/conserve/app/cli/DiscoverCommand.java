package org.conserve.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.conserve.app.discovery.DiscoveryPipeline;
import org.conserve.app.discovery.OdeReports;
import org.conserve.app.discovery.PdePipeline;
import org.conserve.app.report.DiscoveryReport;
import org.conserve.app.report.JsonReport;
import org.conserve.app.report.TextReport;
import org.conserve.app.report.Versions;
import org.conserve.engine.discovery.Discovery;
import org.conserve.engine.discovery.DiscoveryListener;
import org.conserve.engine.discovery.NeuralResult;
import org.conserve.engine.system.OdeSystem;
import org.conserve.symbolic.SymbolicException;
import org.conserve.symbolic.discovery.SymbolicDiscovery;
import org.conserve.symbolic.discovery.SymbolicOutcome;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemKind;
import org.conserve.symbolic.file.SystemLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code conserve discover FILE}: neural discovery (count and confidence) and, unless
 * {@code --neural-only}, the symbolic search for the formulas, side by side. PDEs: local density
 * networks ({@link org.conserve.engine.discovery.PdeDiscovery}) and the density search.
 */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = {"Finds how many independent conservation laws a system has (neural networks, AI Poincare"
                + " 2.0) and their formulas (symbolic search, proved by Symja).",
                "Progress goes to stderr, the summary to stdout; --json writes the full report."})
final class DiscoverCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "a system file (.yaml), or the name of a built-in system")
    private String file;

    @Option(names = "--json", paramLabel = "OUT", description = "write the report as JSON to OUT")
    private Path json;

    @Option(names = "--export", paramLabel = "DIR", description = "write report.json, laws.tex, report.md and"
            + " verify_laws.py (re-proves the laws with SymPy) into DIR")
    private Path export;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "seed of sampling and training (default ${DEFAULT-VALUE}); same seed, same answer")
    private long seed;

    @Option(names = "--networks", paramLabel = "N",
            description = "number of networks (default: d - 1, at least 2; a flow has at most d - 1 independent laws;"
                    + " PDE: density features + 2, at most 6)")
    private Integer networks;

    @Option(names = "--lambda", paramLabel = "X",
            description = "weight of the independence loss l2 (default 0.1, with a neural.bias 0.01; lowered in"
                    + " steps during L-BFGS while the networks stay independent)")
    private Double lambda;

    @Option(names = "--samples", paramLabel = "N",
            description = "training points (default: the file's sampling.points, else 250 per dimension); PDE:"
                    + " random training states (default: the file's sampling.states)")
    private Integer samples;

    @Option(names = "--adam", paramLabel = "STEPS", description = "Adam steps (default 1500; with a neural.bias 500;"
            + " PDE 1000)")
    private Integer adamSteps;

    @Option(names = "--lbfgs", paramLabel = "STEPS", description = "L-BFGS iterations after Adam (default: at most 3000"
            + " up to dimension 4, else 1500; PDE 1500; stops early when l1 stalls)")
    private Integer lbfgsSteps;

    @Option(names = "--time", description = "ODE: also look for laws that depend on time explicitly (t as a"
            + " coordinate with dt/dt = 1, e.g. the centre-of-mass motion of N bodies); counted separately")
    private boolean time;

    @Option(names = "--no-bias", description = "ODE: ignore the file's neural.bias and train plain networks of all"
            + " variables (a bias such as bodies can only learn laws of its form)")
    private boolean noBias;

    @Option(names = "--trainer", paramLabel = "NAME", description = "ODE: adam-lbfgs (default: Adam then L-BFGS,"
            + " networks counted by their explained-ratio spectrum) or precision (plain tanh networks one at a time,"
            + " each against the accepted ones, dense BFGS; a network counts when the part of its gradient"
            + " independent of the others is conserved to held-out l1 1e-6; ignores the file's neural.bias)")
    private String trainer;

    @Option(names = "--neural-only", description = "skip the symbolic search")
    private boolean neuralOnly;

    @Option(names = "--quiet", description = "no progress lines on stderr")
    private boolean quiet;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        validateOptions();
        SystemDefinition definition = SystemArgument.read(file);
        if (precision() && definition.kind() != SystemKind.ODE) {
            throw new UserInputException("--trainer precision is for ODEs: " + definition.file() + " is a PDE");
        }
        DiscoveryListener listener = quiet ? DiscoveryListener.NONE : new ProgressPrinter(err);
        DiscoveryReport report = definition.kind() == SystemKind.ODE
                ? discoverOde(definition, listener, err, start)
                : discoverPde(definition, listener, err, start);
        if (time) {
            report = withTimeDependentLaws(report, definition, err);
        }
        TextReport.print(report, out);
        if (json != null) {
            JsonReport.write(report, json);
            if (!quiet) {
                err.println("conserve: report written to " + json);
            }
        }
        if (export != null) {
            List<Path> written = ExportFolder.write(report, definition, export);
            if (!quiet) {
                err.println("conserve: exported " + written.size() + " files to " + export);
            }
        }
        out.flush();
        return ConserveCommand.OK;
    }

    private DiscoveryReport withTimeDependentLaws(DiscoveryReport report, SystemDefinition definition, PrintWriter err) {
        if (definition.kind() != SystemKind.ODE) {
            throw new UserInputException("--time is for ODEs: " + definition.file() + " is a PDE");
        }
        int timeIndependent = report.symbolic().map(SymbolicOutcome::count).orElse(0);
        double horizon = definition.simulation().t().orElse(1.0);
        if (!quiet) {
            err.println("conserve: symbolic: searching laws with t explicit (t in [0, " + horizon + "])");
        }
        OdeSystem system = SystemLoader.ode(definition);
        return report.withTimeDependent(SymbolicDiscovery.searchOdeWithTime(definition, system,
                org.conserve.symbolic.search.SearchOptions.DEFAULT, horizon, timeIndependent));
    }

    private void validateOptions() {
        if (time && neuralOnly) {
            throw new UserInputException("--time searches formulas, so it cannot go with --neural-only");
        }
        if (networks != null && networks < 1) {
            throw new UserInputException("--networks must be at least 1, got " + networks);
        }
        if (lambda != null && !(lambda >= 0 && Double.isFinite(lambda))) {
            throw new UserInputException("--lambda must be a finite number >= 0, got " + lambda);
        }
        if (samples != null && samples < 1) {
            throw new UserInputException("--samples must be at least 1, got " + samples);
        }
        if ((adamSteps != null && adamSteps < 0) || (lbfgsSteps != null && lbfgsSteps < 0)) {
            throw new UserInputException("--adam and --lbfgs must be >= 0");
        }
        if (trainer != null && !trainer.equals("adam-lbfgs") && !trainer.equals("precision")) {
            throw new UserInputException("--trainer must be adam-lbfgs or precision, got " + trainer);
        }
        if (precision() && (lambda != null || adamSteps != null || lbfgsSteps != null)) {
            throw new UserInputException("--trainer precision runs dense BFGS without an l2 term: it takes no"
                    + " --lambda, --adam or --lbfgs");
        }
        if (export != null) {
            ExportFolder.check(export);
        }
    }

    private boolean precision() {
        return "precision".equals(trainer);
    }

    /** The discovery configured by the options and the file. */
    Discovery discovery(SystemDefinition definition) {
        DiscoveryPipeline.Settings settings = new DiscoveryPipeline.Settings(networks, lambda, samples, adamSteps,
                lbfgsSteps, seed);
        int d = definition.dimension();
        int count = DiscoveryPipeline.samples(definition, settings);
        if (count < d) {
            throw new UserInputException("--samples " + count + " is fewer than the dimension " + d
                    + "; give at least " + d + " (about " + Discovery.defaultSamples(d) + " are usual)");
        }
        Discovery discovery = DiscoveryPipeline.discovery(definition, settings, count, !noBias && !precision());
        return precision() ? DiscoveryPipeline.withPrecisionTrainer(discovery, settings) : discovery;
    }

    private DiscoveryReport discoverOde(SystemDefinition definition, DiscoveryListener listener, PrintWriter err,
                                        long start) {
        OdeSystem system = SystemLoader.ode(definition);
        NeuralResult neural = discovery(definition).run(system, listener);
        Optional<DiscoveryPipeline.Formulas> formulas = Optional.empty();
        String symbolicNote = "not run (--neural-only)";
        if (!neuralOnly) {
            if (!quiet) {
                err.println("conserve: symbolic: searching formulas (SID null-space search, proofs by Symja)");
            }
            try {
                formulas = Optional.of(DiscoveryPipeline.formulas(definition, system, neural, seed));
                symbolicNote = "";
            } catch (SymbolicException failure) {
                // The neural count stands on its own: report it, and say why there are no formulas.
                symbolicNote = "the formula search stopped: " + failure.getMessage();
            }
        }
        return OdeReports.of(definition, neural, formulas, symbolicNote, seed, seconds(start));
    }

    private DiscoveryReport discoverPde(SystemDefinition definition, DiscoveryListener listener, PrintWriter err,
                                        long start) {
        NeuralResult neural = PdePipeline.discovery(new DiscoveryPipeline.Settings(networks, lambda, samples,
                adamSteps, lbfgsSteps, seed)).run(SystemLoader.pde(definition), PdePipeline.sampling(definition),
                listener);
        Optional<SymbolicOutcome> outcome = Optional.empty();
        String symbolicNote = "not run (--neural-only)";
        if (!neuralOnly) {
            if (!quiet) {
                err.println("conserve: symbolic: searching conserved densities (scaling homogeneity, proofs by Symja)");
            }
            outcome = Optional.of(SymbolicDiscovery.searchPde(definition));
            symbolicNote = "";
        }
        return PdePipeline.report(definition, neural, outcome, symbolicNote, seed, seconds(start));
    }

    private static List<String> names(SystemDefinition definition) {
        return OdeReports.names(definition);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
