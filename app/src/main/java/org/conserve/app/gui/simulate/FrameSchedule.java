package org.conserve.app.gui.simulate;

/**
 * Which recorded frames an export of {@code count} PNG frames shows: evenly spread over the simulated time
 * span, from t = 0 to its end. A simulation records {@code intervals} frame intervals over the span
 * (its file's {@code steps}); export frame k shows recorded frame {@code round(k intervals / (count - 1))}.
 * Since no frame is invented between recorded ones, at most {@code intervals + 1} frames can be exported.
 * Stateless.
 */
final class FrameSchedule {
    private FrameSchedule() {
    }

    /** The recorded intervals in {@code span}: the simulation's frames are {@code frameInterval} apart. */
    static int intervals(double span, double frameInterval) {
        return (int) Math.round(span / frameInterval);
    }

    /** The recorded frame index of each export frame, strictly increasing, first 0 and last {@code intervals}. */
    static int[] indices(int count, int intervals) {
        if (count < 2 || count > intervals + 1) {
            throw new IllegalArgumentException("count " + count + " is not in [2, " + (intervals + 1) + "]");
        }
        int[] indices = new int[count];
        for (int k = 0; k < count; k++) {
            indices[k] = (int) Math.round((double) k * intervals / (count - 1));
        }
        return indices;
    }
}
