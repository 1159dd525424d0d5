package org.conserve.app.gui.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.BooleanSupplier;

import org.conserve.app.gui.Failures;
import org.conserve.app.gui.UserMessage;
import org.conserve.app.gui.laws.LawRow;
import org.conserve.app.gui.laws.LawSlice;
import org.conserve.app.gui.laws.LawTrajectory;
import org.conserve.app.gui.task.BackgroundTaskRunner;
import org.conserve.app.gui.task.BackgroundWork;
import org.conserve.app.gui.task.CurrentThreadTaskRunner;
import org.conserve.app.gui.task.ManualFrameClock;
import org.conserve.app.gui.task.TaskHandle;
import org.conserve.app.gui.task.TaskRunner;
import org.conserve.examples.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Discover page's view model on the real pipeline (1D harmonic oscillator, tiny budgets), no toolkit. */
class DiscoverViewModelTest {
    private static final String OSCILLATOR = Catalogue.find("harmonic-oscillator").orElseThrow().text();

    @TempDir
    Path home;
    private final List<UserMessage> messages = new ArrayList<>();
    private final ManualFrameClock clock = new ManualFrameClock();
    /** Stands in for the JavaFX thread: the test thread runs what workers hand over. */
    private final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();

    private DiscoverViewModel model(TaskRunner tasks) {
        return new DiscoverViewModel(tasks, clock, System::nanoTime, new Failures(home.resolve("log")), messages::add);
    }

    private static void smallBudget(DiscoverViewModel model, String adamSteps) {
        model.samplesProperty().set("200");
        model.adamStepsProperty().set(adamSteps);
        model.lbfgsStepsProperty().set("50");
        model.seedProperty().set("7");
    }

    /** Runs frames (one every 16 ms) and worker hand-overs on this thread until {@code done} or the limit. */
    private int pumpUntil(BooleanSupplier done, long limitMillis) throws InterruptedException {
        long end = System.nanoTime() + limitMillis * 1_000_000;
        int frames = 0;
        while (!done.getAsBoolean() && System.nanoTime() < end) {
            Runnable handed = uiQueue.poll(16, TimeUnit.MILLISECONDS);
            if (handed != null) {
                handed.run();
            }
            clock.tick();
            frames++;
        }
        return frames;
    }

    @Test
    void settingsAreValidatedWithTheFieldNamed() {
        DiscoverViewModel model = model(new CurrentThreadTaskRunner());
        model.open("Harmonic oscillator (1D)", "harmonic-oscillator.yaml", OSCILLATOR);
        assertTrue(model.canRunProperty().get());
        // The training fields start empty: a run takes the defaults of its system (plain, biased or PDE
        // networks; the L-BFGS budget by dimension), which the prompts show.
        assertEquals("", model.lambdaProperty().get());
        assertEquals("", model.adamStepsProperty().get());
        assertEquals("", model.lbfgsStepsProperty().get());
        assertEquals("0.1; bias 0.01", DiscoverSettings.LAMBDA_PROMPT);
        assertEquals("1500; bias 500; PDE 1000", DiscoverSettings.ADAM_PROMPT);
        assertEquals("3000 (d \u2264 4), 1500; PDE 1500", DiscoverSettings.LBFGS_PROMPT);

        model.lambdaProperty().set("-1");
        assertEquals("Lambda must be a finite number >= 0, got -1", model.settingsProblemProperty().get());
        assertFalse(model.canRunProperty().get());
        model.lambdaProperty().set("0.1");
        model.networksProperty().set("two");
        assertEquals("Networks must be a whole number, got 'two'", model.settingsProblemProperty().get());
        model.networksProperty().set("0");
        assertEquals("Networks must be at least 1, got 0", model.settingsProblemProperty().get());
        model.networksProperty().set("");
        model.adamStepsProperty().set("0");
        model.lbfgsStepsProperty().set("0");
        assertTrue(model.settingsProblemProperty().get().contains("cannot both be 0"));
        model.run();
        assertNull(model.resultProperty().get());
        assertFalse(model.runningProperty().get());
        assertTrue(messages.get(0).text().contains("cannot both be 0"), messages.toString());
    }

    @Test
    void theSymbolicDegreeIsAWholeNumberFromOneToEight() {
        DiscoverViewModel model = model(new CurrentThreadTaskRunner());
        model.open("Harmonic oscillator (1D)", "harmonic-oscillator.yaml", OSCILLATOR);
        assertEquals("", model.degreeProperty().get()); // the file's, else automatic
        model.degreeProperty().set("9");
        assertTrue(model.settingsProblemProperty().get().startsWith("Search degree must be at most 8"),
                model.settingsProblemProperty().get());
        assertFalse(model.canRunProperty().get());
        model.degreeProperty().set("0");
        assertEquals("Search degree must be at least 1, got 0", model.settingsProblemProperty().get());
        model.degreeProperty().set("2.5");
        assertEquals("Search degree must be a whole number, got '2.5'", model.settingsProblemProperty().get());
        model.degreeProperty().set(" 3 ");
        assertEquals("", model.settingsProblemProperty().get());
        assertEquals(3, DiscoverSettings.read("", "", "", "", "", "", "3").settings().degree());
        assertNull(DiscoverSettings.read("", "", "", "", "", "", "").settings().degree());
    }

    @Test
    void aSymbolicDegreeBelowTheEnergysLeavesTheNeuralLawUnexplained() {
        DiscoverViewModel model = model(new CurrentThreadTaskRunner());
        model.open("Harmonic oscillator (1D)", "harmonic-oscillator.yaml", OSCILLATOR);
        smallBudget(model, "150");
        model.degreeProperty().set("1"); // the energy x^2 + p^2 has degree 2: linear monomials cannot build it
        model.run();
        assertTrue(messages.isEmpty(), messages.toString());
        DiscoverResult result = model.resultProperty().get();
        assertTrue(result.formulas().isPresent());
        assertTrue(result.formulas().get().outcome().laws().isEmpty(), result.formulas().get().outcome().laws()::toString);
        assertEquals(List.of(LawRow.Kind.NEURAL_ONLY), model.laws().stream().map(LawRow::kind).toList());
        assertTrue(model.summaryProperty().get().startsWith("0 of 1 explained"), model.summaryProperty().get());
    }

    @Test
    void tooFewSamplesForTheDimensionIsAMessageNotACrash() {
        DiscoverViewModel model = model(new CurrentThreadTaskRunner());
        model.open("Harmonic oscillator (1D)", "harmonic-oscillator.yaml", OSCILLATOR);
        model.samplesProperty().set("1");
        model.run();
        assertFalse(model.runningProperty().get());
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).text().contains("fewer than the dimension 2"), messages.toString());
        assertTrue(model.canRunProperty().get());
    }

    @Test
    void aPdeRunsItsDensityNetworksAndThenTheProvedDensitySearch() {
        DiscoverViewModel model = model(new CurrentThreadTaskRunner());
        String kdv = org.conserve.examples.Catalogue.find("kdv-u").orElseThrow().text();
        model.open("KdV, densities of u", "kdv-u.yaml", kdv);
        // a token neural stage (4 states, 10 Adam steps): the density search's proof is what is pinned here
        model.samplesProperty().set("4");
        model.adamStepsProperty().set("10");
        model.lbfgsStepsProperty().set("0");
        model.seedProperty().set("1");
        model.run();
        assertTrue(messages.isEmpty(), messages.toString());
        DiscoverResult result = model.resultProperty().get();
        assertNotNull(result);
        assertEquals(2, result.formulas().orElseThrow().outcome().count(), "u and u^2 are proved");
        assertFalse(result.formulas().orElseThrow().agreement().measured());
        assertEquals(List.of("proved", "proved"), model.laws().stream()
                .filter(row -> row.kind() == LawRow.Kind.PROVED).map(LawRow::status).toList());
        assertTrue(model.summaryProperty().get().startsWith("2 proved laws and a neural count of "),
                model.summaryProperty().get());
        int expected = Math.max(2, result.neural().count());
        assertTrue(model.stageProperty().get().endsWith(": " + expected + " independent laws"),
                model.stageProperty().get());
    }

    @Test
    void findsTheOscillatorsEnergyProvedAndExplained() {
        DiscoverViewModel model = model(new CurrentThreadTaskRunner());
        model.open("Harmonic oscillator (1D)", "harmonic-oscillator.yaml", OSCILLATOR);
        smallBudget(model, "150");
        model.run();
        assertTrue(messages.isEmpty(), messages.toString());
        DiscoverResult result = model.resultProperty().get();
        assertNotNull(result);
        assertFalse(result.partial());
        assertEquals(1, result.neural().count());
        LawRow energy = model.laws().get(0);
        assertEquals(LawRow.Kind.PROVED, energy.kind());
        assertEquals("I1", energy.name());
        assertTrue(energy.expression().contains("p^2") && energy.expression().contains("x^2"), energy.toString());
        assertTrue(energy.tex().contains("x^{2}"), energy.tex());
        assertTrue(model.summaryProperty().get().startsWith("1 of 1 explained"), model.summaryProperty().get());
        assertEquals(1.0, model.progressProperty().get());
        assertFalse(model.losses().isEmpty());
        assertTrue(model.stageProperty().get().startsWith("Done in"), model.stageProperty().get());

        // Selecting the law: it holds along the simulated orbit, and the trained network follows it on a slice.
        model.lawDetail().select(energy);
        LawTrajectory trajectory = model.lawDetail().trajectoryProperty().get();
        assertNotNull(trajectory, model.lawDetail().trajectoryStatusProperty().get());
        assertTrue(trajectory.drift() < 1e-8, "drift " + trajectory.drift());
        LawSlice slice = model.lawDetail().sliceProperty().get();
        assertNotNull(slice, model.lawDetail().sliceStatusProperty().get());
        System.out.println("slice fit of the energy by the trained network: relative residual "
                + slice.relativeResidual());
        assertTrue(slice.relativeResidual() < 0.1, "residual " + slice.relativeResidual());
    }

    @Test
    void progressReachesTheUiAtMostOncePerFrameAndCancelKeepsThePartialResult() throws Exception {
        BackgroundTaskRunner runner = new BackgroundTaskRunner(uiQueue::add);
        try {
            DiscoverViewModel model = model(runner);
            model.open("Harmonic oscillator (1D)", "harmonic-oscillator.yaml", OSCILLATOR);
            smallBudget(model, "100000");
            int[] stageChanges = {0};
            model.stageProperty().addListener((obs, old, now) -> stageChanges[0]++);
            model.run();
            assertTrue(model.runningProperty().get());
            assertFalse(model.canRunProperty().get());
            stageChanges[0] = 0;
            int frames = pumpUntil(() -> model.losses().size() >= 5, 20_000);
            assertTrue(model.losses().size() >= 5, "no training reports arrived");
            assertTrue(stageChanges[0] <= frames, stageChanges[0] + " stage updates in " + frames + " frames");
            assertTrue(model.progressProperty().get() > 0 && model.progressProperty().get() < 0.85);
            assertFalse(model.remainingProperty().get().isEmpty());

            long cancelledAt = System.nanoTime();
            model.cancel();
            assertTrue(model.stoppingProperty().get());
            pumpUntil(() -> !model.runningProperty().get(), 5_000);
            double stopSeconds = (System.nanoTime() - cancelledAt) / 1e9;
            assertFalse(model.runningProperty().get());
            System.out.printf("discovery stopped %.3f s after cancel%n", stopSeconds);
            assertTrue(stopSeconds < 1.0, "stopped after " + stopSeconds + " s");
            DiscoverResult partial = model.resultProperty().get();
            assertNotNull(partial);
            assertTrue(partial.partial());
            assertTrue(partial.neural().stopped());
            assertTrue(partial.formulas().isEmpty());
            assertTrue(model.summaryProperty().get().startsWith("PARTIAL"), model.summaryProperty().get());
            assertTrue(model.laws().stream().allMatch(row -> row.kind() == LawRow.Kind.NEURAL_ONLY));
            assertEquals(partial.neural().count(), model.laws().size());
            assertTrue(model.canRunProperty().get());
            assertTrue(messages.isEmpty(), messages.toString());
        } finally {
            runner.shutdown();
        }
    }

    @Test
    void cancelBeforeTheWorkerStartedFreesTheRunButton() {
        AtomicBoolean cancelled = new AtomicBoolean();
        TaskRunner neverStarts = new TaskRunner() {
            @Override
            public <T> TaskHandle run(String name, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                                      Consumer<? super Throwable> onFailure) {
                return new TaskHandle() {
                    @Override
                    public void cancel() {
                        cancelled.set(true);
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelled.get();
                    }
                };
            }
        };
        DiscoverViewModel model = model(neverStarts);
        model.open("Harmonic oscillator (1D)", "harmonic-oscillator.yaml", OSCILLATOR);
        model.run();
        assertTrue(model.runningProperty().get());
        model.cancel();
        assertTrue(cancelled.get());
        assertFalse(model.runningProperty().get());
        assertTrue(model.canRunProperty().get());
        assertEquals(0, clock.listenerCount());
    }

    @Test
    void openingAnotherSystemWhileRunningDropsTheOldRun() throws Exception {
        BackgroundTaskRunner runner = new BackgroundTaskRunner(uiQueue::add);
        try {
            DiscoverViewModel model = model(runner);
            model.open("Harmonic oscillator (1D)", "harmonic-oscillator.yaml", OSCILLATOR);
            smallBudget(model, "100000");
            model.run();
            pumpUntil(() -> !model.losses().isEmpty(), 20_000);
            model.open("Another", "another.yaml", OSCILLATOR);
            assertFalse(model.runningProperty().get());
            assertEquals(0, clock.listenerCount());
            pumpUntil(() -> false, 1_500);
            assertNull(model.resultProperty().get());
            assertTrue(model.losses().isEmpty());
            assertEquals("Another", model.titleProperty().get());
            assertTrue(model.stageProperty().get().startsWith("Ready"), model.stageProperty().get());
        } finally {
            runner.shutdown();
        }
    }

    @Test
    void cancelDuringTheFormulaSearchShowsTheNeuralResultAtOnce() throws Exception {
        BackgroundTaskRunner runner = new BackgroundTaskRunner(uiQueue::add);
        try {
            DiscoverViewModel model = model(runner);
            // The planar three-body problem: a token training, then a formula search of seconds (12 variables),
            // long enough to cancel in the middle of it on any machine.
            model.open("Three-body problem (planar)", "three-body-2d.yaml",
                    org.conserve.examples.Catalogue.find("three-body-2d").orElseThrow().text());
            model.samplesProperty().set("200");
            model.adamStepsProperty().set("20");
            model.lbfgsStepsProperty().set("0");
            model.seedProperty().set("1");
            model.run();
            pumpUntil(() -> model.stageProperty().get().startsWith("Searching formulas")
                    || !model.runningProperty().get(), 60_000);
            assertTrue(model.runningProperty().get(), "the formula search ended before it could be cancelled: "
                    + model.stageProperty().get());
            assertEquals(-1.0, model.progressProperty().get());
            model.cancel();
            assertFalse(model.runningProperty().get(), "cancel waited for the formula search");
            DiscoverResult partial = model.resultProperty().get();
            assertTrue(partial.partial());
            assertTrue(partial.formulas().isEmpty());
            assertFalse(partial.neural().stopped());
            assertEquals(partial.neural().count(), model.laws().size());
            assertTrue(model.laws().stream().allMatch(row -> row.kind() == LawRow.Kind.NEURAL_ONLY));
            assertTrue(model.progressProperty().get() >= 0);
            pumpUntil(() -> false, 300);
            assertTrue(model.resultProperty().get().formulas().isEmpty(), "the late formulas replaced the result");
        } finally {
            runner.shutdown();
        }
    }
}
