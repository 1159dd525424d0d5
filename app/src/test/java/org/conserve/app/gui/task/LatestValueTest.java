package org.conserve.app.gui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LatestValueTest {

    @Test
    void deliversOnlyTheNewestValuePerFrame() {
        ManualFrameClock clock = new ManualFrameClock();
        List<Integer> shown = new ArrayList<>();
        LatestValue<Integer> progress = new LatestValue<>(clock, shown::add);
        for (int i = 1; i <= 1000; i++) {
            progress.post(i);
        }
        clock.tick();
        clock.tick();
        progress.post(1001);
        clock.tick();
        assertEquals(List.of(1000, 1001), shown);
    }

    @Test
    void closingHandsOverTheLastValueAndStopsListening() {
        ManualFrameClock clock = new ManualFrameClock();
        List<String> shown = new ArrayList<>();
        LatestValue<String> progress = new LatestValue<>(clock, shown::add);
        progress.post("done");
        progress.close();
        assertEquals(0, clock.listenerCount());
        assertEquals(List.of("done"), shown);
    }
}
