package org.conserve.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conserve.engine.neural.StepBenchmark;

/**
 * {@code conserve bench --step}: one training step of the fixed configuration ({@link StepBenchmark}:
 * 2D isotropic oscillator, 4 networks 4-64-64-1, SiLU, float64, batch 1000, l1 + 0.1 l2, one Adam
 * step) timed in Conserve and in the PyTorch reference {@code bench/pytorch/step.py}, in the same run,
 * one thread each. PyTorch runs twice, with separate modules and with batched weights; the ratio is
 * taken against the faster of the two (the stricter comparison). The last line is
 * {@code step-time ratio conserve/pytorch: R}.
 */
final class StepComparison {
    static final String PYTHON = "/usr/bin/python3";
    static final String SCRIPT = "bench/pytorch/step.py";
    private static final Pattern MEDIAN = Pattern.compile("pytorch median step ms: ([0-9.eE+-]+)");
    private static final long PYTHON_TIMEOUT_MINUTES = 10;

    private final PrintWriter out;
    private final PrintWriter err;

    StepComparison(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int run(int steps, int warmup) {
        out.println(BenchCommand.machine());
        out.printf(Locale.ROOT, "configuration: d = %d, %d networks of %d x %d, SiLU, float64, batch %d, l1 + %.1f*l2,"
                        + " one Adam step; median of %d steps after %d warm-up steps, one thread%n",
                StepBenchmark.DIMENSION, StepBenchmark.NETWORKS, StepBenchmark.DEPTH, StepBenchmark.WIDTH,
                StepBenchmark.BATCH, StepBenchmark.LAMBDA, steps, warmup);
        out.flush();
        StepBenchmark.Result conserve = StepBenchmark.measure(steps, warmup);
        out.printf(Locale.ROOT, "conserve median step ms: %.3f (fastest %.3f, final loss %.4e)%n",
                conserve.medianMillis(), conserve.minMillis(), conserve.finalLoss());
        out.flush();
        Path script = findScript().orElse(null);
        if (script == null) {
            err.println("conserve: " + SCRIPT + " not found above the working directory or the jar; run bench --step"
                    + " from the repository");
            return ConserveCommand.INTERNAL_FAILURE;
        }
        Optional<Double> separate = python(script, steps, warmup, false);
        if (separate.isEmpty()) {
            return ConserveCommand.INTERNAL_FAILURE;
        }
        Optional<Double> batched = python(script, steps, warmup, true);
        out.printf(Locale.ROOT, "pytorch median step ms: %.3f (separate modules)%n", separate.get());
        batched.ifPresent(ms -> out.printf(Locale.ROOT, "pytorch median step ms: %.3f (batched weights)%n", ms));
        double reference = Math.min(separate.get(), batched.orElse(Double.POSITIVE_INFINITY));
        out.printf(Locale.ROOT, "step-time ratio conserve/pytorch: %.3f%n", conserve.medianMillis() / reference);
        out.flush();
        return ConserveCommand.OK;
    }

    /** Runs the reference script and returns its median, or explains on stderr why it could not. */
    private Optional<Double> python(Path script, int steps, int warmup, boolean batchedWeights) {
        List<String> command = new ArrayList<>(List.of(PYTHON, script.toString(), "" + steps, "" + warmup));
        if (batchedWeights) {
            command.add("--batched");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("OMP_NUM_THREADS", "1");
        builder.environment().put("OPENBLAS_NUM_THREADS", "1");
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(PYTHON_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                err.println("conserve: the PyTorch reference did not finish in " + PYTHON_TIMEOUT_MINUTES + " minutes");
                return Optional.empty();
            }
            Matcher median = MEDIAN.matcher(output);
            if (process.exitValue() == 0 && median.find()) {
                return Optional.of(Double.parseDouble(median.group(1)));
            }
            if (output.contains("No module named 'torch'")) {
                err.println("conserve: PyTorch is not installed for " + PYTHON + "; install Debian's build with:"
                        + " apt-get install python3-torch libopenblas0-pthread");
            } else {
                err.println("conserve: the PyTorch reference failed (exit " + process.exitValue() + "):");
                err.println(output.strip());
            }
        } catch (IOException notStarted) {
            err.println("conserve: could not run " + PYTHON + " (" + notStarted.getMessage() + "); install Python 3"
                    + " and PyTorch with: apt-get install python3 python3-torch libopenblas0-pthread");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            err.println("conserve: interrupted while the PyTorch reference ran");
        }
        return Optional.empty();
    }

    /** The script in the working directory or above it, or above the jar (app/target/conserve-app.jar). */
    static Optional<Path> findScript() {
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        try {
            starts.add(Path.of(StepComparison.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | NullPointerException unknown) {
            // The working directory is still searched.
        }
        for (Path start : starts) {
            for (Path folder = start; folder != null; folder = folder.getParent()) {
                Path candidate = folder.resolve(SCRIPT);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
