package org.conserve.app.gui.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.conserve.app.discovery.DiscoveryPipeline;
import org.conserve.engine.discovery.PdeDiscovery;
import org.conserve.engine.neural.TrainingConfig;
import org.conserve.symbolic.file.SearchHints;

/**
 * The Discover page's settings as typed (text, so that a half-typed number is kept and named), read into
 * {@link DiscoveryPipeline.Settings}. An empty field means the default. Stateless; thread-safe.
 */
public final class DiscoverSettings {
    /**
     * The training defaults, shown as the empty fields' prompts: they depend on the system (plain networks,
     * an inductive bias, a PDE's density networks; the L-BFGS budget on the dimension), so the fields start
     * empty and a run takes the defaults of the system it runs on.
     */
    public static final String LAMBDA_PROMPT = format(TrainingConfig.defaults().lambda()) + "; bias "
            + format(TrainingConfig.biasedDefaults().lambda());
    public static final String ADAM_PROMPT = TrainingConfig.defaults().adamSteps() + "; bias "
            + TrainingConfig.biasedDefaults().adamSteps() + "; PDE " + PdeDiscovery.defaultTraining().adamSteps();
    public static final String LBFGS_PROMPT = TrainingConfig.SMALL_SYSTEM_LBFGS_STEPS + " (d \u2264 "
            + TrainingConfig.SMALL_SYSTEM_DIMENSION + "), " + TrainingConfig.defaults().lbfgsSteps() + "; PDE "
            + PdeDiscovery.defaultTraining().lbfgsSteps();
    public static final String DEFAULT_SEED = "1";

    /** The settings read from the fields, or the problems, each naming the field and what it expects. */
    public record Reading(DiscoveryPipeline.Settings settings, List<String> problems) {
        public Reading {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private DiscoverSettings() {
    }

    /**
     * Reads the fields; an empty field is the default. The training settings come first, then those of the
     * formula search ({@code degree}: the search's last monomial degree, 1 to {@link SearchHints#MAX_DEGREE}).
     */
    public static Reading read(String networks, String lambda, String samples, String adamSteps, String lbfgsSteps,
                               String seed, String degree) {
        List<String> problems = new ArrayList<>();
        Integer networkCount = integer("Networks", networks, 1, problems);
        Double lambdaValue = null;
        if (!lambda.isBlank()) {
            try {
                lambdaValue = Double.parseDouble(lambda.strip());
                if (!(lambdaValue >= 0) || lambdaValue.isInfinite()) {
                    problems.add("Lambda must be a finite number >= 0, got " + lambda.strip());
                }
            } catch (NumberFormatException notNumber) {
                problems.add("Lambda must be a number such as 0.05, got '" + lambda.strip() + "'");
            }
        }
        Integer sampleCount = integer("Samples", samples, 1, problems);
        Integer adam = integer("Adam steps", adamSteps, 0, problems);
        Integer lbfgs = integer("L-BFGS steps", lbfgsSteps, 0, problems);
        long seedValue = 1;
        if (!seed.isBlank()) {
            try {
                seedValue = Long.parseLong(seed.strip());
            } catch (NumberFormatException notNumber) {
                problems.add("Seed must be a whole number, got '" + seed.strip() + "'");
            }
        }
        // The inductive-bias setting of the networks belongs with the training settings above.
        Integer searchDegree = integer("Search degree", degree, 1, problems);
        if (searchDegree != null && searchDegree > SearchHints.MAX_DEGREE) {
            problems.add("Search degree must be at most " + SearchHints.MAX_DEGREE + " (beyond it the basis outgrows"
                    + " any search), got " + searchDegree);
        }
        if (adam != null && lbfgs != null && adam == 0 && lbfgs == 0) {
            problems.add("Adam steps and L-BFGS steps cannot both be 0: the networks would not be trained");
        }
        return new Reading(problems.isEmpty()
                ? new DiscoveryPipeline.Settings(networkCount, lambdaValue, sampleCount, adam, lbfgs, seedValue,
                        searchDegree)
                : null, problems);
    }

    private static Integer integer(String name, String text, int least, List<String> problems) {
        if (text.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < least) {
                problems.add(name + " must be at least " + least + ", got " + value);
            }
            return value;
        } catch (NumberFormatException notNumber) {
            problems.add(name + " must be a whole number, got '" + text.strip() + "'");
            return null;
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }
}
