package org.conserve.app.gui.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.conserve.app.gui.Failures;
import org.conserve.app.gui.UserMessage;
import org.conserve.app.gui.task.CurrentThreadTaskRunner;
import org.conserve.app.gui.task.ManualFrameClock;
import org.conserve.engine.simulation.OdeSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationViewModelTest {
    @TempDir
    Path home;
    private final ManualFrameClock clock = new ManualFrameClock();
    private long now;
    private final List<UserMessage> messages = new ArrayList<>();

    private SimulationViewModel model() {
        return new SimulationViewModel(new CurrentThreadTaskRunner(), clock, () -> now,
                new Failures(home.resolve("log")), messages::add);
    }

    /** One display frame of 1/60 s. */
    private void frame() {
        now += 16_666_667L;
        clock.tick();
    }

    @Test
    void opensAtTimeZeroWithTheLawsAtTheirInitialValues() {
        SimulationViewModel model = model();
        model.open("oscillator", () -> new OdeSimulation(TestSystems.oscillator(), new double[] {1, 0}, 20, 400,
                new OdeSimulator()));
        Frame first = model.frameProperty().get();
        assertEquals(0, first.time());
        assertEquals(1, model.laws().size());
        assertEquals(0.5, model.laws().get(0).value());
        assertEquals("\\frac{x^{2} + p^{2}}{2}", model.laws().get(0).tex());
        assertEquals(SimulationViewModel.CHUNK_FRAMES, model.framesAhead(), "the first chunk is computed ahead");
        assertEquals(Display.Type.PHASE, model.simulationProperty().get().display().type());
    }

    @Test
    void playingAdvancesWithWallTimeAndTheEnergyStaysConstant() {
        SimulationViewModel model = model();
        model.open("oscillator", () -> new OdeSimulation(TestSystems.oscillator(), new double[] {1, 0}, 20, 400,
                new OdeSimulator()));
        model.play();
        for (int i = 0; i < 120; i++) { // two seconds of display
            frame();
        }
        // At speed 1, 20 time units play in 10 s: two seconds show t = 4 (to a frame interval of 0.05).
        double t = model.frameProperty().get().time();
        assertEquals(4, t, 0.05 + 1e-9);
        double[] state = model.frameProperty().get().state();
        assertEquals(Math.cos(t), state[0], 1e-9);
        assertEquals(-Math.sin(t), state[1], 1e-9);
        LawReading energy = model.laws().get(0);
        assertEquals(0.5, energy.value(), 1e-11);
        assertTrue(model.trail().size() > 50, "the trail keeps the frames shown");
    }

    @Test
    void pauseStopsTheClockAndSpeedScalesTime() {
        SimulationViewModel model = model();
        model.open("oscillator", () -> new OdeSimulation(TestSystems.oscillator(), new double[] {1, 0}, 20, 400,
                new OdeSimulator()));
        model.speedProperty().set(4);
        model.play();
        for (int i = 0; i < 30; i++) {
            frame();
        }
        double t = model.frameProperty().get().time();
        assertEquals(4, t, 0.05 + 1e-9, "half a second at speed 4");
        model.pause();
        assertEquals(0, clock.listenerCount());
        for (int i = 0; i < 30; i++) {
            frame();
        }
        assertEquals(t, model.frameProperty().get().time());
        assertFalse(model.playingProperty().get());
    }

    @Test
    void keepsComputingAheadSoPlaybackNeverRunsDry() {
        SimulationViewModel model = model();
        model.open("oscillator", () -> new OdeSimulation(TestSystems.oscillator(), new double[] {1, 0}, 20, 400,
                new OdeSimulator()));
        model.speedProperty().set(8);
        model.play();
        for (int i = 0; i < 600; i++) { // ten seconds at speed 8: 160 time units, many chunks
            frame();
        }
        assertEquals(160, model.frameProperty().get().time(), 0.05 + 1e-9);
        assertEquals(0.5, model.laws().get(0).value(), 1e-10);
        assertEquals(SimulationViewModel.TRAIL_FRAMES, model.trail().size());
    }

    @Test
    void keplerIsDrawnAsABodyAndItsLawsTick() {
        SimulationViewModel model = model();
        model.open("kepler", () -> new OdeSimulation(TestSystems.kepler(), new double[] {1, 0, 0, 1.2}, 20, 400,
                new OdeSimulator()));
        Display display = model.simulationProperty().get().display();
        assertEquals(Display.Type.BODIES, display.type());
        assertEquals(1, display.pairs().size());
        model.play();
        for (int i = 0; i < 60; i++) {
            frame();
        }
        assertEquals(2, model.laws().size());
        for (LawReading law : model.laws()) {
            assertEquals(law.initial(), law.value(), 1e-9 * Math.abs(law.initial()), law.expression());
        }
    }

    @Test
    void aSimulationThatBlowsUpPausesWithAMessage() {
        SimulationViewModel model = model();
        model.open("blow-up", () -> new OdeSimulation(TestSystems.blowUp(), new double[] {1}, 0.5, 10,
                new OdeSimulator()));
        model.speedProperty().set(8);
        model.play();
        for (int i = 0; i < 1000 && model.playingProperty().get(); i++) {
            frame();
        }
        assertFalse(model.playingProperty().get(), "the run stops itself instead of hanging");
        assertEquals(1, messages.size());
        assertEquals(UserMessage.Severity.ERROR, messages.get(0).severity());
        Frame last = model.frameProperty().get();
        assertTrue(last.time() <= 1 + 1e-12 && last.time() >= 0.95 - 1e-12,
                "shown up to the last frame the engine could reach near t = 1: " + last.time());
        assertTrue(model.statusProperty().get().startsWith("Stopped at t = "), model.statusProperty().get());
    }

    @Test
    void aSystemThatCannotBePreparedIsAMessageAndNothingIsStuck() {
        SimulationViewModel model = model();
        model.open("broken", () -> {
            throw new IllegalStateException("no compiler");
        });
        assertFalse(model.loadingProperty().get());
        assertEquals(null, model.simulationProperty().get());
        assertEquals(1, messages.size());
        model.play();
        assertFalse(model.playingProperty().get());
    }

    @Test
    void lawReadingsFormatRelativeOrAbsoluteChange() {
        assertEquals("relative change -2.0e-12", new LawReading("E", "E", -0.5 - 1e-12, -0.5).formattedChange());
        assertEquals("change 3.0e-14", new LawReading("P", "P", 3e-14, 0).formattedChange());
        assertEquals("-0.5000000000", new LawReading("E", "E", -0.5, -0.5).formattedValue());
    }
}
