package org.conserve.app.gui.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FrameScheduleTest {

    @Test
    void spreadsFramesEvenlyFromTheStartToTheEndOfTheSpan() {
        assertArrayEquals(new int[] {0, 100, 200, 300, 400}, FrameSchedule.indices(5, 400));
        assertArrayEquals(new int[] {0, 1, 2, 3}, FrameSchedule.indices(4, 3), "every recorded frame");
        int[] many = FrameSchedule.indices(300, 800);
        assertEquals(0, many[0]);
        assertEquals(800, many[299]);
        for (int k = 1; k < many.length; k++) {
            assertEquals(Math.round(k * 800.0 / 299), many[k]);
            org.junit.jupiter.api.Assertions.assertTrue(many[k] > many[k - 1], "strictly increasing at " + k);
        }
    }

    @Test
    void countsTheRecordedIntervalsOfASpanAndRefusesMoreFramesThanRecorded() {
        assertEquals(800, FrameSchedule.intervals(20, 20.0 / 800));
        assertThrows(IllegalArgumentException.class, () -> FrameSchedule.indices(5, 3));
        assertThrows(IllegalArgumentException.class, () -> FrameSchedule.indices(1, 3));
    }
}
