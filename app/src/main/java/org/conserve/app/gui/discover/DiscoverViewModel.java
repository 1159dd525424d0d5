package org.conserve.app.gui.discover;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conserve.app.discovery.DiscoveryPipeline;
import org.conserve.app.gui.Failures;
import org.conserve.app.gui.UserMessage;
import org.conserve.app.gui.export.ExportViewModel;
import org.conserve.app.gui.export.FolderChooser;
import org.conserve.app.gui.export.FolderMemory;
import org.conserve.app.gui.laws.LawDetailViewModel;
import org.conserve.app.gui.laws.LawRow;
import org.conserve.app.gui.laws.LawSource;
import org.conserve.app.gui.laws.LawTable;
import org.conserve.app.gui.laws.NetworkValues;
import org.conserve.app.gui.task.FrameClock;
import org.conserve.app.gui.task.LatestValue;
import org.conserve.app.gui.task.TaskHandle;
import org.conserve.app.gui.task.TaskRunner;
import org.conserve.app.report.UnprovedLawsCaution;

/**
 * The Discover page: settings, Run and Cancel, progress (stage, elapsed, remaining), the loss history,
 * and the result with its laws table. Worker reports reach the properties at most once per frame of the
 * {@link FrameClock}. Cancel never waits: the run stops at its next training report (a fraction of a
 * second) and its partly trained networks are shown, labelled partial; during the formula search the
 * neural result is shown at once. All methods on the UI thread. Testable without a toolkit.
 */
public final class DiscoverViewModel {
    /** {@link #biasProperty()}: the file\'s inductive bias. */
    public static final String BIAS_FROM_FILE = "the file\'s";
    /** {@link #biasProperty()}: plain networks. */
    public static final String BIAS_NONE = "none";
    private final TaskRunner tasks;
    private final FrameClock clock;
    private final LongSupplier nanoTime;
    private final Failures failures;
    private final Consumer<UserMessage> messages;

    private final StringProperty networks = new SimpleStringProperty(this, "networks", "");
    private final StringProperty lambda = new SimpleStringProperty(this, "lambda", "");
    private final StringProperty samples = new SimpleStringProperty(this, "samples", "");
    private final StringProperty adamSteps = new SimpleStringProperty(this, "adamSteps", "");
    private final StringProperty lbfgsSteps = new SimpleStringProperty(this, "lbfgsSteps", "");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", DiscoverSettings.DEFAULT_SEED);
    private final StringProperty degree = new SimpleStringProperty(this, "degree", "");
    private final StringProperty bias = new SimpleStringProperty(this, "bias", BIAS_FROM_FILE);
    private final StringProperty settingsProblem = new SimpleStringProperty(this, "settingsProblem", "");

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final BooleanProperty stopping = new SimpleBooleanProperty(this, "stopping");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final StringProperty stage = new SimpleStringProperty(this, "stage",
            "Pick a system in the library or the editor and press Discover.");
    private final StringProperty elapsed = new SimpleStringProperty(this, "elapsed", "");
    private final StringProperty remaining = new SimpleStringProperty(this, "remaining", "");
    private final ObservableList<LossPoint> losses = FXCollections.observableArrayList();
    private final ObjectProperty<DiscoverResult> result = new SimpleObjectProperty<>(this, "result");
    private final ObservableList<LawRow> laws = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final BooleanBinding canRun;
    private final ExportViewModel export;
    private final BooleanProperty exportable = new SimpleBooleanProperty(this, "exportable");
    private final LawDetailViewModel lawDetail;
    private FinishedDiscovery finished;

    private String fileName = "";
    private String text = "";
    private Run current;

    /** One started run and its hand-overs; stale callbacks of an older run compare unequal. */
    private final class Run {
        final long startNanos = nanoTime.getAsLong();
        DiscoveryWork work;
        LatestValue<DiscoverProgress> reports;
        FrameClock.Subscription ticker;
        TaskHandle handle = TaskHandle.NONE;
        int lossesShown;
        long seed;
    }

    public DiscoverViewModel(TaskRunner tasks, FrameClock clock, LongSupplier nanoTime, Failures failures,
                             Consumer<UserMessage> messages) {
        this.tasks = tasks;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.failures = failures;
        this.messages = messages;
        this.export = new ExportViewModel(tasks, FolderMemory.standard(), failures, messages);
        for (StringProperty field : List.of(networks, lambda, samples, adamSteps, lbfgsSteps, seed, degree)) {
            field.addListener((obs, old, now) -> validate());
        }
        lawDetail = new LawDetailViewModel(tasks, failures);
        // Whoever shows a result (a run, a reopened session), the law details follow it.
        result.addListener((obs, old, now) -> lawDetail.show(now == null ? null
                : new LawSource(fileName, text, NetworkValues.of(now.neural())),
                now == null ? List.of() : sliceVariables(now)));
        canRun = Bindings.createBooleanBinding(() -> !running.get() && !title.get().isEmpty()
                && settingsProblem.get().isEmpty(), running, title, settingsProblem);
    }

    /** Shows {@code systemTitle} ready to run (a running discovery of another system is cancelled). */
    public void open(String systemTitle, String systemFileName, String systemText) {
        if (current != null) {
            // The old system's result must not land on the new one: its callbacks are ignored from now.
            current.handle.cancel();
            end(current);
            stopping.set(false);
        }
        title.set(systemTitle);
        fileName = systemFileName;
        text = systemText;
        forgetFinished();
        result.set(null);
        laws.clear();
        losses.clear();
        summary.set("");
        progress.set(0);
        elapsed.set("");
        remaining.set("");
        stage.set("Ready: press Run to discover the laws of " + systemTitle + ".");
    }

    /** Starts a discovery with the current settings. */
    public void run() {
        DiscoverSettings.Reading reading = readSettings();
        if (!reading.valid() || title.get().isEmpty() || running.get()) {
            if (!reading.valid()) {
                messages.accept(UserMessage.error("Cannot run: " + reading.problems().get(0) + ".",
                        "Correct the setting and press Run again."));
            }
            return;
        }
        Run run = new Run();
        current = run;
        losses.clear();
        forgetFinished();
        result.set(null);
        laws.clear();
        summary.set("");
        progress.set(0);
        running.set(true);
        stopping.set(false);
        stage.set("Starting");
        run.reports = new LatestValue<>(clock, report -> show(run, report));
        run.ticker = clock.onEachFrame(() -> tick(run));
        run.seed = reading.settings().seed();
        run.work = new DiscoveryWork(fileName, text, reading.settings(), !BIAS_NONE.equals(bias.get()),
                run.reports::post);
        run.handle = tasks.run("discover " + title.get(), run.work, outcome -> finish(run, outcome),
                failure -> fail(run, failure));
    }

    /** Stops the run; its partial result is kept and labelled. Returns at once. */
    public void cancel() {
        Run run = current;
        if (run == null || !running.get()) {
            return;
        }
        run.handle.cancel();
        if (!run.work.started()) {
            // A task cancelled before it began never reports back: end it here, or Run stays disabled.
            end(run);
            stage.set("Stopped before it started");
            return;
        }
        stopping.set(true);
        stage.set("Stopping: keeping what was trained so far");
        tick(run);
    }

    private void tick(Run run) {
        if (run != current) {
            return;
        }
        elapsed.set(seconds((nanoTime.getAsLong() - run.startNanos) / 1e9));
        DiscoverResult neural = run.work == null ? null : run.work.neuralDone.get();
        if (stopping.get() && neural != null) {
            finish(run, neural.asPartial());
        }
    }

    private void show(Run run, DiscoverProgress report) {
        if (run != current || stopping.get()) {
            return;
        }
        stage.set(report.stage());
        progress.set(report.fraction());
        remaining.set(Double.isNaN(report.remainingSeconds()) ? "" : seconds(report.remainingSeconds()));
        List<LossPoint> all = run.work.losses;
        int available = Math.min(report.lossPoints(), all.size());
        if (available > run.lossesShown) {
            losses.addAll(all.subList(run.lossesShown, available));
            run.lossesShown = available;
        }
    }

    private void finish(Run run, DiscoverResult outcome) {
        if (run != current) {
            return;
        }
        end(run);
        DiscoverResult shown = stopping.get() && !outcome.partial() ? outcome.asPartial() : outcome;
        List<LossPoint> all = run.work.losses;
        if (all.size() > run.lossesShown) {
            // The chart ends where training ended, also when the last reports came between two frames.
            losses.addAll(all.subList(run.lossesShown, all.size()));
            run.lossesShown = all.size();
        }
        // Before the result is published: its listeners (the session autosave) read the duration.
        finished = new FinishedDiscovery(fileName, text, run.seed, (nanoTime.getAsLong() - run.startNanos) / 1e9,
                shown);
        result.set(shown);
        exportable.set(true);
        laws.setAll(LawTable.rows(shown));
        summary.set(LawTable.summary(shown));
        progress.set(shown.partial() ? Math.max(0, progress.get()) : 1);
        remaining.set("");
        stage.set(shown.partial() ? "Stopped after " + elapsed.get() + ": partial result (partly trained networks)"
                : "Done in " + elapsed.get() + ": " + countText(shown));
        stopping.set(false);
    }

    /**
     * Shows a saved result of {@code systemTitle} as it was when its run finished (count, spectrum, laws,
     * loss history, export) without training anything; a running discovery is cancelled first.
     *
     * @param seconds how long the saved run took
     * @param origin  where the result comes from, for the stage line ("the session file a.conserve-session")
     */
    public void showSaved(String systemTitle, String systemFileName, String systemText, DiscoverResult saved,
                          List<LossPoint> savedLosses, double seconds, String origin) {
        open(systemTitle, systemFileName, systemText);
        losses.setAll(savedLosses);
        finished = new FinishedDiscovery(fileName, text, saved.neural().provenance().seed(), seconds, saved);
        result.set(saved);
        exportable.set(true);
        laws.setAll(LawTable.rows(saved));
        summary.set(LawTable.summary(saved));
        progress.set(saved.partial() ? 0 : 1);
        elapsed.set(seconds(seconds));
        stage.set("Reopened from " + origin + (saved.partial() ? ": partial result" : "") + ": " + countText(saved)
                + " (trained networks restored; nothing was retrained)");
    }

    /** The variables a slice may run along: an ODE's coordinates; none for a PDE's grid of states. */
    private static List<String> sliceVariables(DiscoverResult result) {
        int d = result.neural().dimension();
        return d <= result.names().size() ? result.names().subList(0, d) : List.of();
    }

    /** "3 independent laws", or "1 independent law, without 2 neural candidates" (see the laws summary's caution). */
    static String countText(DiscoverResult result) {
        int count = finalCount(result);
        return count + " independent law" + (count == 1 ? "" : "s")
                + UnprovedLawsCaution.leftOutPhrase(DiscoveryPipeline.candidates(result.neural(), result.formulas()));
    }

    /** The count a result stands for, as the command line says ({@link DiscoveryPipeline#finalCount}). */
    static int finalCount(DiscoverResult result) {
        return DiscoveryPipeline.finalCount(result.neural(), result.formulas());
    }

    /** How long the shown result's run took (seconds); empty when no result is shown. */
    public java.util.OptionalDouble resultSeconds() {
        return finished == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(finished.seconds());
    }

    private void forgetFinished() {
        finished = null;
        exportable.set(false);
    }

    /**
     * Exports the shown result to a folder the user picks with {@code dialog}, with the chart images the view
     * took; does nothing when there is no result.
     */
    public void export(FolderChooser dialog, Map<String, BufferedImage> chartImages) {
        if (finished != null) {
            export.chooseAndExport(dialog, finished, chartImages);
        }
    }

    /** The details of the law selected in the laws table. */
    public LawDetailViewModel lawDetail() {
        return lawDetail;
    }

    /** The export's folder memory and dialog, replaceable for tests. */
    public ExportViewModel export() {
        return export;
    }

    /** True while a result is shown that can be exported. */
    public ReadOnlyBooleanProperty exportableProperty() {
        return exportable;
    }

    private void fail(Run run, Throwable failure) {
        if (run != current) {
            return;
        }
        end(run);
        stopping.set(false);
        progress.set(Math.max(0, progress.get()));
        stage.set("Failed: see the message above");
        messages.accept(failure instanceof DiscoverSettingsException settings
                ? UserMessage.error(settings.getMessage(), "Change the settings and press Run again.")
                : failures.describe("run the discovery", failure));
    }

    private void end(Run run) {
        run.reports.close();
        run.ticker.close();
        elapsed.set(seconds((nanoTime.getAsLong() - run.startNanos) / 1e9));
        current = null;
        running.set(false);
    }

    private DiscoverSettings.Reading readSettings() {
        return DiscoverSettings.read(networks.get(), lambda.get(), samples.get(), adamSteps.get(), lbfgsSteps.get(),
                seed.get(), degree.get());
    }

    private void validate() {
        DiscoverSettings.Reading reading = readSettings();
        settingsProblem.set(reading.valid() ? "" : reading.problems().get(0));
    }

    static String seconds(double value) {
        if (value < 60) {
            return String.format(Locale.ROOT, "%.1f s", value);
        }
        return String.format(Locale.ROOT, "%d min %02d s", (long) value / 60, (long) value % 60);
    }

    /** The open system file's name ("" before one is opened). */
    public String systemFileName() {
        return fileName == null ? "" : fileName;
    }

    /** The open system file's text, as it will be discovered. */
    public String systemText() {
        return text == null ? "" : text;
    }

    public StringProperty networksProperty() {
        return networks;
    }

    public StringProperty lambdaProperty() {
        return lambda;
    }

    public StringProperty samplesProperty() {
        return samples;
    }

    public StringProperty adamStepsProperty() {
        return adamSteps;
    }

    public StringProperty lbfgsStepsProperty() {
        return lbfgsSteps;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /**
     * The networks' inductive bias: {@link #BIAS_FROM_FILE} takes the file's {@code neural.bias} (plain
     * networks when it has none), {@link #BIAS_NONE} trains plain networks of all variables.
     */
    public StringProperty biasProperty() {
        return bias;
    }

    /** The formula search's last monomial degree; "" for the file's search.degree, else automatic. */
    public StringProperty degreeProperty() {
        return degree;
    }

    /** The first problem of the settings, "" when they are valid. */
    public ReadOnlyStringProperty settingsProblemProperty() {
        return settingsProblem;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyBooleanProperty stoppingProperty() {
        return stopping;
    }

    /** Of the whole run, in [0, 1]; -1 while the formula search runs (no estimate: indeterminate). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty stageProperty() {
        return stage;
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed;
    }

    public ReadOnlyStringProperty remainingProperty() {
        return remaining;
    }

    /** Training reports of the current or last run, oldest first. */
    public ObservableList<LossPoint> losses() {
        return losses;
    }

    public ReadOnlyObjectProperty<DiscoverResult> resultProperty() {
        return result;
    }

    public ObservableList<LawRow> laws() {
        return laws;
    }

    /** E.g. "1 of 1 explained — neural count 1 (confidence 100%)". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }
}
