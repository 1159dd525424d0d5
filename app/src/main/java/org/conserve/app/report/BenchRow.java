package org.conserve.app.report;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * One system's line of {@code conserve bench}.
 *
 * @param id           the built-in system's id
 * @param kind         "ode" or "pde"
 * @param count        the count found (neural for an ODE, symbolic for a PDE)
 * @param method       "neural", "precision" (the precision trainer) or, for a PDE, "nN/sS" (neural / symbolic)
 * @param bias         the networks' inductive bias ("none", "bodies", "radial"; "-" for a PDE)
 * @param expected     the count the file states (under the bias: the file's neural.expected when it gives one)
 * @param l1           final held-out conservation loss per network; for the precision trainer the held-out l1
 *                     of each network's independent part, which decides its count
 * @param gapOrders    orders of magnitude between the last counted and the first uncounted explained
 *                     ratio (for the precision trainer: between their independent parts' l1); NaN for a PDE
 *                     or when no network is conserved; infinite when every conserved network counts
 * @param seconds      wall time of the system's discovery
 * @param heapPeakMb   Java heap peak during it, MB
 * @param rssPeakMb    process peak resident size so far, MB (-1 where unknown)
 */
public record BenchRow(String id, String kind, int count, String method, String bias, OptionalInt expected,
                       double[] l1,
                       double gapOrders, double seconds, double heapPeakMb, double rssPeakMb) {

    public BenchRow {
        l1 = l1.clone();
    }

    /** Whether the count equals the stated one (false when the file states none). */
    public boolean matches() {
        return expected.isPresent() && expected.getAsInt() == count;
    }

    public static String header() {
        return String.format(Locale.ROOT, "%-26s %-4s %5s %8s %-9s %-6s %8s %7s %9s %9s  %s", "system", "kind",
                "count", "expected", "method", "bias", "gap", "time s", "heap MB", "RSS MB", "l1 per network");
    }

    public String line() {
        StringBuilder losses = new StringBuilder();
        for (double value : l1) {
            losses.append(String.format(Locale.ROOT, " %.1e", value));
        }
        String gap = Double.isNaN(gapOrders) ? "-" : Double.isInfinite(gapOrders) ? "all"
                : String.format(Locale.ROOT, "%.1f", gapOrders);
        return String.format(Locale.ROOT, "%-26s %-4s %5d %8s %-9s %-6s %8s %7.1f %9.0f %9s %s", id, kind, count,
                expected.isPresent() ? expected.getAsInt() + (matches() ? "" : " !") : "-", method, bias, gap, seconds,
                heapPeakMb, rssPeakMb < 0 ? "-" : String.format(Locale.ROOT, "%.0f", rssPeakMb),
                losses.length() == 0 ? " -" : losses.toString());
    }
}
