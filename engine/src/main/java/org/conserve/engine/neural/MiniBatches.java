package org.conserve.engine.neural;

import java.util.Random;
import java.util.stream.IntStream;

/**
 * Seeded mini-batch order over {@code count} items: the items are shuffled (Fisher-Yates with
 * {@code Random(seed)}) and dealt out {@code batch} at a time; a new shuffle starts when fewer than a
 * batch are left. The same seed gives the same batches. Not thread-safe.
 */
final class MiniBatches {
    private final int[] order;
    private final int[] rows;
    private final Random shuffler;
    private int cursor;

    MiniBatches(int count, int batch, long seed) {
        order = IntStream.range(0, count).toArray();
        rows = new int[batch];
        shuffler = new Random(seed);
        cursor = count;
    }

    /** The next batch's item indices (the same array each time, refilled). */
    int[] next() {
        if (cursor + rows.length > order.length) {
            shuffle();
            cursor = 0;
        }
        System.arraycopy(order, cursor, rows, 0, rows.length);
        cursor += rows.length;
        return rows;
    }

    private void shuffle() {
        for (int k = order.length - 1; k > 0; k--) {
            int j = shuffler.nextInt(k + 1);
            int swap = order[k];
            order[k] = order[j];
            order[j] = swap;
        }
    }
}
