package org.conserve.app.gui.simulate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conserve.app.gui.Failures;
import org.conserve.app.gui.UserMessage;
import org.conserve.app.gui.export.FolderMemory;
import org.conserve.app.gui.math.TexFormatter;
import org.conserve.app.gui.task.FrameClock;
import org.conserve.app.gui.task.TaskHandle;
import org.conserve.app.gui.task.TaskRunner;

/**
 * Plays a simulation: frames are computed ahead in the background, chunk by chunk, and shown at the
 * pace of the display (at most once per frame of the {@link FrameClock}); the expected laws' values
 * tick beside. Play, pause, speed and restart never wait for the worker. Testable without a toolkit.
 */
public final class SimulationViewModel {
    /** Frames computed per background chunk. */
    static final int CHUNK_FRAMES = 60;
    /** Frames kept for trails. */
    static final int TRAIL_FRAMES = 400;
    /** At speed 1 the file's suggested duration plays in this many seconds. */
    static final double SECONDS_PER_SUGGESTED_RUN = 10;
    private static final double LONGEST_FRAME_SECONDS = 0.1;
    /** Laws longer than this (in TeX characters) are broken into lines for the side panel. */
    private static final int LAW_LINE_LENGTH = 110;

    private final TaskRunner tasks;
    private final FrameClock clock;
    private final LongSupplier nanoTime;
    private final Failures failures;
    private final Consumer<UserMessage> messages;

    private final ObjectProperty<Simulation> simulation = new SimpleObjectProperty<>(this, "simulation");
    private final ObjectProperty<Frame> frame = new SimpleObjectProperty<>(this, "frame");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1);
    private final StringProperty status = new SimpleStringProperty(this, "status", "Pick a system in the library and press Simulate.");
    private final ObservableList<LawReading> laws = FXCollections.observableArrayList();

    private final Deque<Frame> ahead = new ArrayDeque<>();
    private final Deque<Frame> trail = new ArrayDeque<>();
    private Callable<Simulation> factory;
    private TaskHandle work = TaskHandle.NONE;
    private boolean chunkRunning;
    private int chunkFrames = CHUNK_FRAMES;
    private boolean exhausted;
    private FrameClock.Subscription ticking;
    private double cursor;
    private long lastTick;
    private List<String> lawTex = List.of();
    private final StartViewModel start;
    private FramesExportViewModel framesExport;

    public SimulationViewModel(TaskRunner tasks, FrameClock clock, LongSupplier nanoTime, Failures failures,
            Consumer<UserMessage> messages) {
        this.tasks = tasks;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.failures = failures;
        this.messages = messages;
        this.start = new StartViewModel(this);
    }

    /** The start state, typed or picked on the plot. */
    public StartViewModel start() {
        return start;
    }

    /** Builds a simulation in the background (reading and compiling a file takes a moment) and shows it. */
    public void open(String title, Callable<Simulation> newSimulation) {
        open(title, newSimulation, false);
    }

    /** As {@link #open(String, Callable)}, and starts playing once ready when {@code play} is true. */
    public void open(String title, Callable<Simulation> newSimulation, boolean play) {
        stop();
        factory = newSimulation;
        framesExport().setSource(newSimulation);
        simulation.set(null);
        frame.set(null);
        laws.clear();
        loading.set(true);
        status.set("Preparing " + title + "…");
        tasks.run("prepare " + title, context -> newSimulation.call(), created -> {
            loading.set(false);
            if (factory == newSimulation) {
                show(created);
                if (play) {
                    play();
                }
            }
        }, failure -> {
            loading.set(false);
            status.set("Could not simulate " + title + ".");
            messages.accept(failures.describe("simulate " + title, failure));
        });
    }

    /** Starts over from t = 0 with a fresh simulation from the same source. */
    public void restart() {
        Simulation current = simulation.get();
        if (factory != null) {
            open(current == null ? "the system" : current.name(), factory, playing.get());
        }
    }

    private void show(Simulation created) {
        simulation.set(created);
        Frame first = created.initialFrame();
        ahead.clear();
        trail.clear();
        chunkFrames = CHUNK_FRAMES;
        exhausted = false;
        trail.add(first);
        cursor = 0;
        TexFormatter tex = new TexFormatter(new HashSet<>(created.coordinates()));
        boolean field = created.display().type() == Display.Type.FIELD;
        // A PDE's law is the integral of its density over the period.
        lawTex = created.laws().stream().map(law -> tex.formatLines(law, LAW_LINE_LENGTH))
                .map(density -> field ? "\\int " + (density.matches(".*[-+].*") ? "\\left(" + density + "\\right)"
                        : density) + " \\, dx" : density)
                .toList();
        frame.set(first);
        updateLaws(first);
        status.set(describe(first));
        computeAhead();
    }

    public void play() {
        if (simulation.get() == null || playing.get()) {
            return;
        }
        playing.set(true);
        lastTick = nanoTime.getAsLong();
        ticking = clock.onEachFrame(this::tick);
    }

    public void pause() {
        playing.set(false);
        if (ticking != null) {
            ticking.close();
            ticking = null;
        }
    }

    public void togglePlaying() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Pauses and abandons work in flight, e.g. when another system is opened. */
    public void stop() {
        pause();
        work.cancel();
        work = TaskHandle.NONE;
        chunkRunning = false;
    }

    /** One display frame: move the shown time on by the elapsed wall time times the speed. */
    void tick() {
        Simulation current = simulation.get();
        if (current == null) {
            return;
        }
        long now = nanoTime.getAsLong();
        double seconds = Math.min(LONGEST_FRAME_SECONDS, (now - lastTick) / 1e9);
        lastTick = now;
        cursor += seconds * speed.get() * current.suggestedDuration() / SECONDS_PER_SUGGESTED_RUN;
        Frame shown = frame.get();
        while (!ahead.isEmpty() && ahead.peekFirst().time() <= cursor) {
            shown = ahead.pollFirst();
            trail.addLast(shown);
            if (trail.size() > TRAIL_FRAMES) {
                trail.removeFirst();
            }
        }
        boolean dry = ahead.isEmpty() && cursor > shown.time();
        if (dry) {
            cursor = shown.time(); // the worker is behind: wait for it rather than skip ahead
        }
        if (shown != frame.get()) {
            frame.set(shown);
            updateLaws(shown);
            status.set(describe(shown));
        }
        if (dry && exhausted) {
            pause();
            status.set("Stopped at t = " + format(shown.time()) + ".");
        }
        if (ahead.size() < CHUNK_FRAMES / 2) {
            computeAhead();
        }
    }

    private void computeAhead() {
        Simulation current = simulation.get();
        if (chunkRunning || exhausted || current == null) {
            return;
        }
        chunkRunning = true;
        int frames = chunkFrames;
        work = tasks.run("simulate " + current.name(), context -> current.advance(frames, context), computed -> {
            chunkRunning = false;
            if (simulation.get() == current) {
                ahead.addAll(computed);
            }
        }, failure -> {
            chunkRunning = false;
            if (simulation.get() != current) {
                return;
            }
            if (chunkFrames > 1) {
                // Get as close to the failure as the frames allow: the frames before it are still shown.
                chunkFrames = Math.max(1, chunkFrames / 4);
                computeAhead();
                return;
            }
            exhausted = true;
            Frame last = ahead.isEmpty() ? frame.get() : ahead.peekLast();
            messages.accept(failures.describe("simulate " + current.name() + " beyond t = "
                    + format(last.time()), failure));
            if (!playing.get()) {
                status.set("Stopped at t = " + format(last.time()) + ".");
            }
        });
    }

    private void updateLaws(Frame shown) {
        Frame first = trailStart();
        List<String> expressions = simulation.get().laws();
        List<LawReading> readings = new ArrayList<>(expressions.size());
        for (int i = 0; i < expressions.size(); i++) {
            readings.add(new LawReading(expressions.get(i), lawTex.get(i), shown.lawValues()[i],
                    first.lawValues()[i]));
        }
        laws.setAll(readings);
    }

    private Frame trailStart() {
        return simulation.get().initialFrame();
    }

    private static String describe(Frame shown) {
        return "t = " + format(shown.time());
    }

    private static String format(double time) {
        return String.format(Locale.ROOT, "%.3f", time);
    }

    /** The export of this animation as PNG frames (made from a fresh simulation of what is shown). */
    public FramesExportViewModel framesExport() {
        if (framesExport == null) {
            framesExport = new FramesExportViewModel(tasks, clock, nanoTime, FolderMemory.standard(),
                    new CanvasFrameRenderer(), failures, messages);
        }
        return framesExport;
    }

    /** The frames shown so far, oldest first, up to {@value #TRAIL_FRAMES}; read on the UI thread. */
    public List<Frame> trail() {
        return List.copyOf(trail);
    }

    /** Frames computed but not shown yet (tests). */
    int framesAhead() {
        return ahead.size();
    }

    public ReadOnlyObjectProperty<Simulation> simulationProperty() {
        return simulation;
    }

    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return frame;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** Playback speed: 1 plays the file's suggested duration in ten seconds. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ObservableList<LawReading> laws() {
        return laws;
    }
}
