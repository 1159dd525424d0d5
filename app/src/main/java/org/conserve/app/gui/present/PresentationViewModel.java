package org.conserve.app.gui.present;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conserve.app.gui.Failures;
import org.conserve.app.gui.UserMessage;
import org.conserve.app.gui.discover.DiscoverSettings;
import org.conserve.app.gui.discover.DiscoverViewModel;
import org.conserve.app.gui.laws.LawRow;
import org.conserve.app.gui.library.EquationTex;
import org.conserve.app.gui.library.SystemSummary;
import org.conserve.app.gui.simulate.SimulationLoader;
import org.conserve.app.gui.simulate.SimulationViewModel;
import org.conserve.app.gui.task.TaskHandle;
import org.conserve.app.gui.task.TaskRunner;

/**
 * Presentation ("Teach") mode for one system: the slides, which one is shown, and what each needs. The
 * phase space is sampled in the background when the presentation starts; training runs through the
 * Discover page's model (so its result is also there afterwards), started from the training slide when
 * no discovery of this system was run; the animation plays only while its slide is shown. All methods on
 * the UI thread. Testable without a toolkit.
 */
public final class PresentationViewModel {
    private final SystemSummary system;
    private final DiscoverViewModel discover;
    private final SimulationViewModel animation;
    private final SimulationLoader loader;
    private final TaskRunner tasks;
    private final Failures failures;
    private final Consumer<UserMessage> messages;
    private final List<Slide> slides;

    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index");
    private final ReadOnlyObjectWrapper<Slide> slide = new ReadOnlyObjectWrapper<>(this, "slide");
    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper(this, "counter");
    private final ReadOnlyObjectWrapper<PhaseSpaceSample> phaseSpace = new ReadOnlyObjectWrapper<>(this, "phaseSpace");
    private final ReadOnlyStringWrapper phaseSpaceStatus = new ReadOnlyStringWrapper(this, "phaseSpaceStatus", "");
    private final ReadOnlyObjectWrapper<DiscoveryState> discovery = new ReadOnlyObjectWrapper<>(this, "discovery");
    private final ObservableList<FormulaLine> formulas = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper formulaSummary = new ReadOnlyStringWrapper(this, "formulaSummary", "");
    private final InvalidationListener discoverChanged = observable -> updateDiscovery();
    private TaskHandle sampling = TaskHandle.NONE;
    private boolean closed;

    public PresentationViewModel(SystemSummary system, DiscoverViewModel discover, SimulationViewModel animation,
            SimulationLoader loader, TaskRunner tasks, Failures failures, Consumer<UserMessage> messages) {
        this.system = system;
        this.discover = discover;
        this.animation = animation;
        this.loader = loader;
        this.tasks = tasks;
        this.failures = failures;
        this.messages = messages;
        this.slides = SlideDeck.of(system);
        discover.runningProperty().addListener(discoverChanged);
        discover.resultProperty().addListener(discoverChanged);
        discover.titleProperty().addListener(discoverChanged);
        discover.summaryProperty().addListener(discoverChanged);
        discover.laws().addListener(discoverChanged);
        updateDiscovery();
        show(0);
    }

    /** Samples the phase space in the background, with the Discover page's seed and sample size when valid. */
    public void start() {
        phaseSpaceStatus.set("Sampling the phase space…");
        DiscoverSettings.Reading reading = DiscoverSettings.read(discover.networksProperty().get(),
                discover.lambdaProperty().get(), discover.samplesProperty().get(), discover.adamStepsProperty().get(),
                discover.lbfgsStepsProperty().get(), discover.seedProperty().get(), discover.degreeProperty().get());
        long seed = reading.valid() ? reading.settings().seed() : Long.parseLong(DiscoverSettings.DEFAULT_SEED);
        sampling = tasks.run("sample " + system.name(), context -> PhaseSpaceSampler.sample(system.id(),
                system.text(), seed), sample -> {
                    if (!closed) {
                        phaseSpace.set(sample);
                        phaseSpaceStatus.set(sample.description());
                    }
                }, failure -> {
                    if (!closed) {
                        phaseSpaceStatus.set("The phase space could not be sampled: see the message.");
                        messages.accept(failures.describe("sample " + system.name(), failure));
                    }
                });
    }

    public void next() {
        show(index.get() + 1);
    }

    public void previous() {
        show(index.get() - 1);
    }

    public void first() {
        show(0);
    }

    public void last() {
        show(slides.size() - 1);
    }

    /** Shows slide {@code target}, clamped to the deck. */
    public void show(int target) {
        int clamped = Math.max(0, Math.min(slides.size() - 1, target));
        index.set(clamped);
        slide.set(slides.get(clamped));
        counter.set((clamped + 1) + " / " + slides.size());
        if (closed) {
            return;
        }
        if (slides.get(clamped).kind() == Slide.Kind.ANIMATION) {
            if (animation.simulationProperty().get() == null && !animation.loadingProperty().get()) {
                animation.open(system.name(), () -> loader.load(system.id(), system.text()), true);
            } else {
                animation.play();
            }
        } else {
            animation.pause();
        }
    }

    /**
     * Starts a discovery of this system on the Discover page's model with its settings (a discovery of
     * another system there is stopped); the training slide then follows it.
     */
    public void startDiscovery() {
        if (discovery.get() == DiscoveryState.RUNNING) {
            return;
        }
        if (!showsThisSystem()) {
            discover.open(system.name(), system.id(), system.text());
        }
        discover.run();
        updateDiscovery();
    }

    /** Stops this system's running discovery; its partial result is kept. */
    public void stopDiscovery() {
        if (discovery.get() == DiscoveryState.RUNNING) {
            discover.cancel();
        }
    }

    /** Leaves the presentation: the animation stops; a running discovery goes on (the Discover page shows it). */
    public void close() {
        closed = true;
        sampling.cancel();
        animation.stop();
        discover.runningProperty().removeListener(discoverChanged);
        discover.resultProperty().removeListener(discoverChanged);
        discover.titleProperty().removeListener(discoverChanged);
        discover.summaryProperty().removeListener(discoverChanged);
        discover.laws().removeListener(discoverChanged);
    }

    private boolean showsThisSystem() {
        return discover.systemFileName().equals(system.id()) && discover.titleProperty().get().equals(system.name());
    }

    private void updateDiscovery() {
        DiscoveryState state;
        if (!showsThisSystem()) {
            state = DiscoveryState.NOT_RUN;
        } else if (discover.runningProperty().get()) {
            state = DiscoveryState.RUNNING;
        } else {
            state = discover.resultProperty().get() != null ? DiscoveryState.FINISHED : DiscoveryState.NOT_RUN;
        }
        discovery.set(state);
        if (state == DiscoveryState.FINISHED) {
            formulas.setAll(discover.laws().stream().map(PresentationViewModel::line).toList());
            formulaSummary.set(discover.summaryProperty().get());
        } else {
            formulas.setAll(EquationTex.laws(system).stream()
                    .map(tex -> new FormulaLine("", tex, "stated in the file", false)).toList());
            formulaSummary.set(switch (state) {
                case RUNNING -> "The laws the file states; the discovery is still running.";
                default -> formulas.isEmpty() ? "The file states no laws; run the discovery to find them."
                        : "The laws the file states; run the discovery (training slide) to find and prove them.";
            });
        }
    }

    private static FormulaLine line(LawRow row) {
        return new FormulaLine(row.name(), row.tex(), row.status(), row.kind() == LawRow.Kind.PROVED);
    }

    public SystemSummary system() {
        return system;
    }

    public List<Slide> slides() {
        return slides;
    }

    /** The system's equations as TeX lines. */
    public List<String> equationsTex() {
        return EquationTex.equations(system);
    }

    /** The Discover page's model, whose losses, progress and result the training and spectrum slides show. */
    public DiscoverViewModel discover() {
        return discover;
    }

    /** The presentation's own animation (not the Simulate page's). */
    public SimulationViewModel animation() {
        return animation;
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Slide> slideProperty() {
        return slide.getReadOnlyProperty();
    }

    /** "3 / 6". */
    public ReadOnlyStringProperty counterProperty() {
        return counter.getReadOnlyProperty();
    }

    public boolean atFirst() {
        return index.get() == 0;
    }

    public boolean atLast() {
        return index.get() == slides.size() - 1;
    }

    public ReadOnlyObjectProperty<PhaseSpaceSample> phaseSpaceProperty() {
        return phaseSpace.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phaseSpaceStatusProperty() {
        return phaseSpaceStatus.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DiscoveryState> discoveryProperty() {
        return discovery.getReadOnlyProperty();
    }

    /** The formulas slide's lines: the discovery's laws once it finished, before that the file's. */
    public ObservableList<FormulaLine> formulas() {
        return formulas;
    }

    public ReadOnlyStringProperty formulaSummaryProperty() {
        return formulaSummary.getReadOnlyProperty();
    }
}
