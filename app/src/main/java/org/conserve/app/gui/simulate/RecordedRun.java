package org.conserve.app.gui.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.conserve.app.gui.task.TaskContext;

/**
 * A simulation run over its whole suggested span, every recorded frame kept, for a frame export; each
 * export frame is drawn with the trail the animation would show at that moment. Built on a worker thread;
 * read-only afterwards.
 *
 * @param simulation the simulation (no longer advanced)
 * @param frames     the recorded frames from t = 0, {@code frameInterval} apart
 * @param indices    the recorded frame of each export frame
 */
record RecordedRun(Simulation simulation, List<Frame> frames, int[] indices) {
    /** Frames advanced per step of the worker, between looks at the cancel flag. */
    private static final int CHUNK = 100;

    /**
     * Simulates {@code simulation} over its suggested span for {@code count} export frames; null when
     * cancelled. Throws {@link FramesExportException} when more frames are asked for than the span records.
     */
    static RecordedRun record(Simulation simulation, int count, TaskContext context) throws Exception {
        int intervals = FrameSchedule.intervals(simulation.suggestedDuration(), simulation.frameInterval());
        if (count > intervals + 1) {
            throw new FramesExportException(String.format(Locale.ROOT, "Frames: at most %d for %s, whose simulation"
                    + " records %d intervals over t = %s; ask for fewer.", intervals + 1, simulation.name(), intervals,
                    simulation.suggestedDuration()));
        }
        List<Frame> frames = new ArrayList<>(intervals + 1);
        frames.add(simulation.initialFrame());
        while (frames.size() <= intervals) {
            if (context.isCancelled()) {
                return null;
            }
            List<Frame> chunk = simulation.advance(Math.min(CHUNK, intervals + 1 - frames.size()), context);
            if (chunk.isEmpty()) {
                if (context.isCancelled()) {
                    return null;
                }
                throw new FramesExportException(String.format(Locale.ROOT, "The simulation of %s stopped at t = %.4g,"
                        + " before the end of its span.", simulation.name(), frames.get(frames.size() - 1).time()));
            }
            frames.addAll(chunk);
        }
        return new RecordedRun(simulation, List.copyOf(frames), FrameSchedule.indices(count, intervals));
    }

    int count() {
        return indices.length;
    }

    /** Export frame {@code k}'s moment. */
    Frame now(int k) {
        return frames.get(indices[k]);
    }

    /** The frames up to export frame {@code k}'s, at most the animation's trail length, oldest first. */
    List<Frame> trail(int k) {
        int end = indices[k] + 1;
        return frames.subList(Math.max(0, end - SimulationViewModel.TRAIL_FRAMES), end);
    }
}
