package org.conserve.app.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Peak memory of the process: the Java heap's peak since the last {@link #reset()} (sum of the heap
 * pools' peaks, an upper bound), and the operating system's peak resident set size (Linux
 * {@code VmHWM}, which includes ND4J's off-heap buffers, since the process started). Not thread-safe.
 */
public final class PeakMemory {
    private PeakMemory() {
    }

    /** Starts a new heap-peak measurement. */
    public static void reset() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Bytes: sum of the heap pools' peak usage since {@link #reset()}. */
    public static long heapPeakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid() && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Bytes: the process's peak resident set size, where the system reports it (Linux). */
    public static OptionalLong residentPeakBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
                }
            }
        } catch (IOException | RuntimeException unavailable) {
            // Not Linux, or /proc not mounted: the heap peak is still reported.
        }
        return OptionalLong.empty();
    }
}
