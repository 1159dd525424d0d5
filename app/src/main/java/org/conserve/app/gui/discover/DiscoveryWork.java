package org.conserve.app.gui.discover;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.conserve.app.discovery.DiscoveryPipeline;
import org.conserve.app.discovery.PdePipeline;
import org.conserve.app.gui.task.BackgroundWork;
import org.conserve.app.gui.task.TaskContext;
import org.conserve.engine.discovery.Discovery;
import org.conserve.engine.discovery.DiscoveryListener;
import org.conserve.engine.discovery.DiscoveryStage;
import org.conserve.engine.discovery.NeuralResult;
import org.conserve.engine.discovery.PdeDiscovery;
import org.conserve.engine.neural.TrainingConfig;
import org.conserve.engine.neural.TrainingProgress;
import org.conserve.engine.neural.TrainingStage;
import org.conserve.engine.system.OdeSystem;
import org.conserve.symbolic.discovery.Agreement;
import org.conserve.symbolic.discovery.SymbolicDiscovery;
import org.conserve.symbolic.discovery.SymbolicOutcome;
import org.conserve.symbolic.file.SystemLoader;
import org.conserve.symbolic.expr.DeclaredSymbol;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;
import org.conserve.symbolic.file.SystemKind;

/**
 * One discovery run on a worker thread: read the file, train and count (neural), then search the
 * formulas. It reports through thread-safe hand-overs only: loss points appended to a list, the newest
 * progress posted to {@code progress} (shown at most once per frame), and the neural result as soon as it
 * exists (so that a cancel during the formula search can show it at once). A cancel stops training at the
 * next report and skips the formula search; the result is then labelled partial.
 */
final class DiscoveryWork implements BackgroundWork<DiscoverResult> {
    /** Share of the progress bar for each stage's end (training dominates the time). */
    private static final double SAMPLED = 0.02;
    private static final double TRAINED = 0.85;
    private static final double COUNTED = 0.9;

    private final String fileName;
    private final String text;
    private final DiscoveryPipeline.Settings settings;
    private final boolean useBias;
    private final Consumer<DiscoverProgress> progress;
    final List<LossPoint> losses = new CopyOnWriteArrayList<>();
    final AtomicReference<DiscoverResult> neuralDone = new AtomicReference<>();
    private volatile boolean started;

    DiscoveryWork(String fileName, String text, DiscoveryPipeline.Settings settings,
                  Consumer<DiscoverProgress> progress) {
        this(fileName, text, settings, true, progress);
    }

    /** @param useBias whether the networks take the file's inductive bias ({@code neural.bias}), if it has one */
    DiscoveryWork(String fileName, String text, DiscoveryPipeline.Settings settings, boolean useBias,
                  Consumer<DiscoverProgress> progress) {
        this.fileName = fileName;
        this.text = text;
        this.settings = settings;
        this.useBias = useBias;
        this.progress = progress;
    }

    @Override
    public DiscoverResult call(TaskContext context) {
        started = true;
        progress.accept(new DiscoverProgress("Reading the system file", 0, Double.NaN, 0));
        SystemDefinition definition = SystemFiles.parse(fileName, text);
        if (definition.kind() != SystemKind.ODE) {
            return discoverPde(context, definition);
        }
        OdeSystem system = SymbolicDiscovery.odeSystem(definition);
        int d = definition.dimension();
        int samples = DiscoveryPipeline.samples(definition, settings);
        if (samples < d) {
            throw new DiscoverSettingsException("Samples: " + samples + " points are fewer than the dimension " + d
                    + "; give at least " + d + " (about " + Discovery.defaultSamples(d) + " are usual).");
        }
        Discovery discovery = DiscoveryPipeline.discovery(definition, settings, samples, useBias);
        NeuralResult neural = discovery.run(system, listener(context, discovery.training(), d));
        List<String> names = names(definition);
        DiscoverResult neuralOnly = new DiscoverResult(definition.name(), names, neural, Optional.empty(),
                neural.stopped() || context.isCancelled());
        neuralDone.set(neuralOnly);
        if (context.isCancelled()) {
            return neuralOnly.asPartial();
        }
        // The search gives no progress of its own: the bar runs indeterminate.
        progress.accept(new DiscoverProgress("Searching formulas and proving them (Symja)", -1, Double.NaN,
                losses.size()));
        DiscoveryPipeline.Formulas formulas = DiscoveryPipeline.formulas(definition, system, neural, settings.seed(),
                settings.degree());
        return new DiscoverResult(definition.name(), names, neural, Optional.of(formulas), neural.stopped());
    }

    /** Density networks on random states, then the proved density search (PdePipeline, as the command line). */
    private DiscoverResult discoverPde(TaskContext context, SystemDefinition definition) {
        PdeDiscovery discovery = PdePipeline.discovery(settings);
        NeuralResult neural = discovery.run(SystemLoader.pde(definition), PdePipeline.sampling(definition),
                listener(context, discovery.training(), definition.dimension()));
        List<String> names = names(definition);
        DiscoverResult neuralOnly = new DiscoverResult(definition.name(), names, neural, Optional.empty(),
                neural.stopped() || context.isCancelled());
        neuralDone.set(neuralOnly);
        if (context.isCancelled()) {
            return neuralOnly.asPartial();
        }
        progress.accept(new DiscoverProgress("Searching conserved densities and proving them (Symja)", -1,
                Double.NaN, losses.size()));
        SymbolicOutcome outcome = SymbolicDiscovery.searchPde(definition);
        DiscoveryPipeline.Formulas formulas = new DiscoveryPipeline.Formulas(outcome,
                Agreement.notMeasured(neural.count(), outcome.count()));
        return new DiscoverResult(definition.name(), names, neural, Optional.of(formulas), neural.stopped());
    }

    /** Whether a worker has begun the run (a task cancelled before that never reports back). */
    boolean started() {
        return started;
    }

    private DiscoveryListener listener(TaskContext context, TrainingConfig training, int dimension) {
        int adamSteps = training.adamSteps();
        int lbfgsSteps = training.lbfgsSteps();
        return new DiscoveryListener() {
            @Override
            public void onStage(DiscoveryStage stage, String detail) {
                double fraction = switch (stage) {
                    case SAMPLING -> 0;
                    case TRAINING -> SAMPLED;
                    case COUNTING -> TRAINED;
                    case DONE -> COUNTED;
                };
                String name = switch (stage) {
                    case SAMPLING -> "Sampling";
                    case TRAINING -> "Training";
                    case COUNTING -> "Counting";
                    case DONE -> "Counted";
                };
                progress.accept(new DiscoverProgress(name + ": " + detail, fraction, Double.NaN, losses.size()));
            }

            @Override
            public Action onProgress(TrainingProgress report) {
                losses.add(new LossPoint(seconds(report.elapsed()), report.loss(), report.l1(), report.l2()));
                double elapsed = seconds(report.elapsed());
                double remaining = seconds(report.remaining());
                double done = elapsed + remaining > 0 ? elapsed / (elapsed + remaining) : 0;
                String stage = report.stage() == TrainingStage.ADAM
                        ? String.format(Locale.ROOT, "Training %d networks: Adam step %d of %d",
                                training.networksFor(dimension), report.step(), adamSteps)
                        : String.format(Locale.ROOT, "Training %d networks: L-BFGS step %d of %d",
                                training.networksFor(dimension), report.step(), lbfgsSteps);
                progress.accept(new DiscoverProgress(stage, SAMPLED + (TRAINED - SAMPLED) * done, remaining,
                        losses.size()));
                return context.isCancelled() ? Action.STOP : Action.CONTINUE;
            }
        };
    }

    private static List<String> names(SystemDefinition definition) {
        List<String> names = new ArrayList<>(definition.coordinates());
        definition.parameters().forEach(parameter -> names.add(parameter.name()));
        definition.density().stream().map(DeclaredSymbol::name).forEach(names::add);
        return names;
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
