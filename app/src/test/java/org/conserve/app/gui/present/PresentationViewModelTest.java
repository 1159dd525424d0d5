package org.conserve.app.gui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.conserve.app.gui.Failures;
import org.conserve.app.gui.UserMessage;
import org.conserve.app.gui.discover.DiscoverViewModel;
import org.conserve.app.gui.library.NotesMarkup;
import org.conserve.app.gui.library.SystemSummaries;
import org.conserve.app.gui.library.SystemSummary;
import org.conserve.app.gui.simulate.FileSimulations;
import org.conserve.app.gui.simulate.SimulationViewModel;
import org.conserve.app.gui.task.BackgroundWork;
import org.conserve.app.gui.task.CurrentThreadTaskRunner;
import org.conserve.app.gui.task.ManualFrameClock;
import org.conserve.app.gui.task.TaskHandle;
import org.conserve.app.gui.task.TaskRunner;
import org.conserve.examples.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Teach mode's model on the built-in Kepler, KdV and oscillator files, without a toolkit. */
class PresentationViewModelTest {
    @TempDir
    Path home;
    private final List<UserMessage> messages = new ArrayList<>();
    private final ManualFrameClock clock = new ManualFrameClock();
    private long now;

    private static SystemSummary builtIn(String id) throws IOException {
        return SystemSummaries.read(id + ".yaml", Catalogue.find(id).orElseThrow().text());
    }

    private PresentationViewModel model(SystemSummary system, TaskRunner tasks, DiscoverViewModel discover) {
        Failures failures = new Failures(home.resolve("log"));
        SimulationViewModel animation = new SimulationViewModel(tasks, clock, () -> now, failures, messages::add);
        return new PresentationViewModel(system, discover, animation, new FileSimulations(), tasks, failures,
                messages::add);
    }

    private DiscoverViewModel discover(TaskRunner tasks) {
        return new DiscoverViewModel(tasks, clock, () -> now, new Failures(home.resolve("log")), messages::add);
    }

    private PresentationViewModel model(SystemSummary system) {
        CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();
        return model(system, tasks, discover(tasks));
    }

    @Test
    void keplerHasTheSixSlidesInOrderAndNavigationStopsAtBothEnds() throws IOException {
        PresentationViewModel model = model(builtIn("kepler-2d"));
        assertEquals(List.of(Slide.Kind.values()), model.slides().stream().map(Slide::kind).toList());
        assertEquals("1 / 6", model.counterProperty().get());
        assertTrue(model.atFirst());
        model.previous();
        assertEquals(0, model.indexProperty().get());
        model.next();
        model.next();
        assertEquals(Slide.Kind.TRAINING, model.slideProperty().get().kind());
        assertEquals("3 / 6", model.counterProperty().get());
        for (int i = 0; i < 10; i++) {
            model.next();
        }
        assertTrue(model.atLast());
        assertEquals("6 / 6", model.counterProperty().get());
        model.first();
        assertEquals(Slide.Kind.EQUATIONS, model.slideProperty().get().kind());
        model.last();
        assertEquals(Slide.Kind.ANIMATION, model.slideProperty().get().kind());
        assertEquals(4, model.equationsTex().size());
    }

    @Test
    void keplerNotesAreToldOnceInOrderFromTheFirstSlideToTheLast() throws IOException {
        SystemSummary kepler = builtIn("kepler-2d");
        PresentationViewModel model = model(kepler);
        List<Slide> slides = model.slides();
        assertTrue(slides.get(0).narrationText().startsWith("A planet at (x, y)"), slides.get(0).narrationText());
        assertTrue(slides.get(0).narrationText().contains("Laplace-Runge-Lenz"), "the bullets stay with it");
        assertTrue(slides.get(5).narrationText().startsWith("What to look at"), slides.get(5).narrationText());
        List<NotesMarkup.Block> told = new ArrayList<>();
        slides.forEach(slide -> told.addAll(slide.narration()));
        assertEquals(NotesMarkup.parse(kepler.notes()), told);
    }

    @Test
    void samplesKeplersPhaseSpaceInTheBoxOutsideTheExcludedDisc() throws IOException {
        PresentationViewModel model = model(builtIn("kepler-2d"));
        model.start();
        PhaseSpaceSample sample = model.phaseSpaceProperty().get();
        assertNotNull(sample, messages.toString());
        assertFalse(sample.isField());
        assertEquals(List.of("x", "y"), sample.axes());
        assertEquals(1000, sample.horizontal().length, "the file's sampling.points");
        for (int i = 0; i < sample.horizontal().length; i++) {
            double x = sample.horizontal()[i];
            double y = sample.vertical()[i];
            assertTrue(x * x + y * y > 0.25 && Math.abs(x) <= 2 && Math.abs(y) <= 2, x + ", " + y);
        }
        assertTrue(model.phaseSpaceStatusProperty().get().contains("1000 points"),
                model.phaseSpaceStatusProperty().get());
    }

    @Test
    void aPdeHasTheWholeSequenceWithSampledStatesAndTheFilesDensitiesBeforeADiscovery() throws IOException {
        PresentationViewModel model = model(builtIn("kdv"));
        assertEquals(List.of(Slide.Kind.values()), model.slides().stream().map(Slide::kind).toList());
        assertEquals("Sampled states", model.slides().get(1).title());
        assertEquals(DiscoveryState.NOT_RUN, model.discoveryProperty().get());
        assertEquals(3, model.formulas().size());
        assertTrue(model.formulas().stream().allMatch(line -> line.tex().startsWith("\\int")));
        model.start();
        PhaseSpaceSample states = model.phaseSpaceProperty().get();
        assertTrue(states.isField());
        assertEquals(PhaseSpaceSampler.SHOWN_STATES, states.states().size());
        assertEquals(states.horizontal().length, states.states().get(0).length);
    }

    /** Starts tasks and never finishes them: a discovery that is still running. */
    private static final class HeldTasks implements TaskRunner {
        final List<String> started = new ArrayList<>();

        @Override
        public <T> TaskHandle run(String name, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                Consumer<? super Throwable> onFailure) {
            started.add(name);
            return TaskHandle.NONE;
        }
    }

    @Test
    void theTrainingSlideStartsADiscoveryOfThisSystemOnTheDiscoverPage() throws IOException {
        HeldTasks tasks = new HeldTasks();
        DiscoverViewModel discover = discover(tasks);
        discover.open("Harmonic oscillator (1D)", "harmonic-oscillator.yaml", "text");
        SystemSummary kepler = builtIn("kepler-2d");
        PresentationViewModel model = model(kepler, tasks, discover);
        assertEquals(DiscoveryState.NOT_RUN, model.discoveryProperty().get(), "another system is on the page");
        assertEquals(4, model.formulas().size());
        assertTrue(model.formulas().stream().allMatch(line -> line.status().equals("stated in the file")));

        model.startDiscovery();
        assertEquals(DiscoveryState.RUNNING, model.discoveryProperty().get());
        assertEquals(kepler.name(), discover.titleProperty().get());
        assertEquals("kepler-2d.yaml", discover.systemFileName());
        assertTrue(tasks.started.contains("discover " + kepler.name()), tasks.started.toString());
        model.startDiscovery();
        assertEquals(1, tasks.started.stream().filter(name -> name.startsWith("discover")).count(), "only once");

        model.close();
        assertTrue(discover.runningProperty().get(), "leaving the presentation leaves the discovery running");
    }

    @Test
    void aFinishedDiscoveryReplacesTheFilesLawsWithTheProvedFormulas() throws IOException {
        CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();
        DiscoverViewModel discover = discover(tasks);
        discover.samplesProperty().set("200");
        discover.adamStepsProperty().set("100");
        discover.lbfgsStepsProperty().set("30");
        discover.seedProperty().set("7");
        PresentationViewModel model = model(builtIn("harmonic-oscillator"), tasks, discover);
        model.startDiscovery();
        assertTrue(messages.isEmpty(), messages.toString());
        assertEquals(DiscoveryState.FINISHED, model.discoveryProperty().get());
        FormulaLine energy = model.formulas().get(0);
        assertTrue(energy.proved(), energy.toString());
        assertEquals("proved", energy.status());
        assertEquals("I1", energy.name());
        assertTrue(model.formulaSummaryProperty().get().startsWith("1 of 1 explained"),
                model.formulaSummaryProperty().get());
    }

    @Test
    void theAnimationPlaysOnlyOnItsSlideAndStopsWhenThePresentationCloses() throws IOException {
        PresentationViewModel model = model(builtIn("kepler-2d"));
        SimulationViewModel animation = model.animation();
        assertNull(animation.simulationProperty().get(), "nothing is simulated before its slide");
        model.last();
        assertNotNull(animation.simulationProperty().get());
        assertTrue(animation.playingProperty().get());
        model.previous();
        assertFalse(animation.playingProperty().get());
        model.next();
        assertTrue(animation.playingProperty().get());
        model.close();
        assertFalse(animation.playingProperty().get());
        assertEquals(0, clock.listenerCount(), "no frame listener is left behind");
    }
}
