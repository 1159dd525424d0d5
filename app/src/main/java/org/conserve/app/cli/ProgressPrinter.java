package org.conserve.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.conserve.engine.discovery.DiscoveryListener;
import org.conserve.engine.discovery.DiscoveryStage;
import org.conserve.engine.neural.TrainingProgress;

/**
 * Progress lines on stderr while discovery runs: every stage, and training reports at most
 * {@link #LINES_PER_SECOND} a second (a terminal scrolling thousands of lines is noise and costs time).
 * Used from the discovery thread only.
 */
final class ProgressPrinter implements DiscoveryListener {
    static final int LINES_PER_SECOND = 2;
    private static final long GAP_NANOS = 1_000_000_000L / LINES_PER_SECOND;

    private final PrintWriter err;
    private long lastLine = System.nanoTime() - GAP_NANOS;

    ProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void onStage(DiscoveryStage stage, String detail) {
        if (stage != DiscoveryStage.DONE) {
            err.println("conserve: " + stage.name().toLowerCase(Locale.ROOT) + ": " + detail);
            err.flush();
        }
    }

    @Override
    public Action onProgress(TrainingProgress progress) {
        long now = System.nanoTime();
        boolean last = progress.step() == progress.stageSteps();
        if (now - lastLine >= GAP_NANOS || last) {
            lastLine = now;
            err.printf(Locale.ROOT, "conserve:   %s %d/%d  loss %.3e  l1 %.3e  l2 %.3e  %.1f s, about %.0f s left%n",
                    progress.stage(), progress.step(), progress.stageSteps(), progress.loss(), progress.l1(),
                    progress.l2(), progress.elapsed().toMillis() / 1e3, progress.remaining().toMillis() / 1e3);
            err.flush();
        }
        return Action.CONTINUE;
    }
}
