package org.conserve.app.discovery;

import java.util.Optional;
import java.util.OptionalInt;

import org.conserve.app.report.UnprovedLawsCaution;
import org.conserve.engine.discovery.Discovery;
import org.conserve.engine.discovery.NeuralResult;
import org.conserve.engine.neural.PrecisionTrainer;
import org.conserve.engine.neural.InductiveBias;
import org.conserve.engine.neural.TrainingConfig;
import org.conserve.engine.system.OdeSystem;
import org.conserve.symbolic.discovery.Agreement;
import org.conserve.symbolic.discovery.SymbolicDiscovery;
import org.conserve.symbolic.discovery.SymbolicOutcome;
import org.conserve.symbolic.file.Sampling;
import org.conserve.symbolic.file.SearchHints;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.search.SearchOptions;

/**
 * How the command line and the desktop app put the discovery pipeline together: the neural
 * {@link Discovery} configured from a user's settings and the file, then the symbolic search of the
 * formulas and their {@link Agreement} with the networks. Stateless; thread-safe.
 */
public final class DiscoveryPipeline {
    private DiscoveryPipeline() {
    }

    /**
     * The user's settings; {@code null} means "the default".
     *
     * @param networks   number of networks (default: d - 1, at least 2; PDE: density features + 2, at most 6)
     * @param lambda     weight of the independence loss (default: {@link TrainingConfig#defaults()}'s, under an
     *                   inductive bias {@link TrainingConfig#biasedDefaults()}'s, for a PDE
     *                   {@code PdeDiscovery.defaultTraining()}'s)
     * @param samples    training points (default: the file's sampling.points, else 250 per dimension)
     * @param adamSteps  Adam steps (default: as lambda)
     * @param lbfgsSteps L-BFGS iterations after Adam (default: {@link TrainingConfig#forDimension}'s for plain
     *                   networks, otherwise as lambda)
     * @param seed       seed of sampling and training
     * @param degree     the last monomial degree the formula search tries, replacing the file's
     *                   {@code search.degree} (default: the file's, else the search grows it up to
     *                   {@link SearchOptions#DEFAULT}'s)
     */
    public record Settings(Integer networks, Double lambda, Integer samples, Integer adamSteps, Integer lbfgsSteps,
                           long seed, Integer degree) {

        /** Settings that leave the search degree to the file. */
        public Settings(Integer networks, Double lambda, Integer samples, Integer adamSteps, Integer lbfgsSteps,
                        long seed) {
            this(networks, lambda, samples, adamSteps, lbfgsSteps, seed, null);
        }
    }

    /** The formulas found and how many neural laws they explain. */
    public record Formulas(SymbolicOutcome outcome, Agreement agreement) {
    }

    /**
     * The final count of a discovery, the same on the command line and in the desktop app: the neural
     * count when no formulas were searched; otherwise the networks and the formulas together
     * ({@link Agreement#union()}: for an ODE their joint independence count, for a PDE, whose networks are not
     * compared with the proved densities, the larger of the two counts), less what {@link #leftOut} says.
     */
    public static int finalCount(NeuralResult neural, Optional<Formulas> formulas) {
        return formulas.map(found -> found.agreement().union() - leftOut(neural, found)).orElse(neural.count());
    }

    /**
     * The directions the networks add to the formulas that the final count leaves out: when some neural laws
     * have no formula and rest on imprecise networks (candidates, {@link UnprovedLawsCaution}), everything
     * the union counts beyond the formulas' independent count; otherwise none. Approximate invariants of chaotic
     * systems reach the same l1 as imprecise true laws (the double pendulum's networks, seeds 1 to 3, miss
     * the energy formula on two seeds and would make the union 3), so without a formula they are
     * candidates, reported but not counted.
     */
    public static int leftOut(NeuralResult neural, Formulas found) {
        return UnprovedLawsCaution.leftOut(neural, found.agreement(), found.outcome().count());
    }

    /** The neural laws without a formula that rest on imprecise networks ({@link UnprovedLawsCaution#candidates}). */
    public static int candidates(NeuralResult neural, Optional<Formulas> formulas) {
        return formulas.map(found -> UnprovedLawsCaution.candidates(neural, found.agreement())).orElse(0);
    }

    /** The training points {@code settings} ask for on {@code definition}'s system. */
    public static int samples(SystemDefinition definition, Settings settings) {
        if (settings.samples() != null) {
            return settings.samples();
        }
        int d = definition.dimension();
        return definition.sampling() instanceof Sampling.Box box ? box.points().orElse(Discovery.defaultSamples(d))
                : Discovery.defaultSamples(d);
    }

    /**
     * The neural discovery of {@code definition}'s ODE: with {@code useBias}, the file's {@code neural.bias}
     * and, unless {@code settings} name a network count, its {@code neural.networks}; without, plain
     * networks of all variables.
     */
    public static Discovery discovery(SystemDefinition definition, Settings settings, int samples, boolean useBias) {
        Settings chosen = settings;
        if (useBias && settings.networks() == null && definition.neural().networks().isPresent()) {
            chosen = new Settings(definition.neural().networks().getAsInt(), settings.lambda(), settings.samples(),
                    settings.adamSteps(), settings.lbfgsSteps(), settings.seed(), settings.degree());
        }
        return configured(chosen, samples, useBias ? definition.neural().bias() : InductiveBias.NONE,
                definition.dimension());
    }

    /**
     * {@code discovery} trained by {@link PrecisionTrainer} with its defaults instead: plain networks (a file's
     * bias cannot be used), the user's network count and seed kept.
     *
     * @throws IllegalArgumentException when the settings name lambda, Adam or L-BFGS steps, which that
     *                                  trainer does not use
     */
    public static Discovery withPrecisionTrainer(Discovery discovery, Settings settings) {
        if (settings.lambda() != null || settings.adamSteps() != null || settings.lbfgsSteps() != null) {
            throw new IllegalArgumentException("the precision trainer takes no lambda, Adam or L-BFGS steps");
        }
        TrainingConfig training = PrecisionTrainer.defaultConfig().withSeed(settings.seed());
        if (settings.networks() != null) {
            training = training.withNetworks(settings.networks());
        }
        return discovery.withBias(InductiveBias.NONE).withTraining(training)
                .withPrecisionIterations(PrecisionTrainer.DEFAULT_ITERATIONS);
    }

    /** {@code base} with the settings the user gave (networks, lambda, Adam steps, L-BFGS steps) replacing its own. */
    static TrainingConfig trainingFrom(Settings settings, TrainingConfig base) {
        TrainingConfig training = base;
        if (settings.networks() != null) {
            training = training.withNetworks(settings.networks());
        }
        if (settings.lambda() != null) {
            training = training.withLambda(settings.lambda());
        }
        if (settings.adamSteps() != null) {
            training = training.withAdam(settings.adamSteps(), training.learningRate(), training.finalLearningRate(),
                    training.batchSize());
        }
        if (settings.lbfgsSteps() != null) {
            training = training.withLbfgs(settings.lbfgsSteps(), training.lbfgsMemory(), training.lbfgsLambda());
        }
        return training;
    }

    /**
     * The discovery with {@link TrainingConfig#biasedDefaults()} under a bias and
     * {@link TrainingConfig#forDimension} without, the settings the user gave replacing their values.
     */
    private static Discovery configured(Settings settings, int samples, InductiveBias bias, int dimension) {
        boolean biased = bias != null && !(bias instanceof InductiveBias.None);
        TrainingConfig training = trainingFrom(settings,
                biased ? TrainingConfig.biasedDefaults() : TrainingConfig.forDimension(dimension));
        return Discovery.defaults().withSamples(samples).withSeed(settings.seed()).withTraining(training)
                .withBias(bias);
    }

    /**
     * The symbolic law search on an ODE, compared with the neural result (the comparison uses fresh
     * points drawn with {@code seed}).
     */
    public static Formulas formulas(SystemDefinition definition, OdeSystem system, NeuralResult neural, long seed) {
        return formulas(definition, system, neural, seed, null);
    }

    /**
     * As {@link #formulas(SystemDefinition, OdeSystem, NeuralResult, long)}, the search going up to
     * {@code degree} instead of the file's {@code search.degree} when {@code degree} is not null.
     */
    public static Formulas formulas(SystemDefinition definition, OdeSystem system, NeuralResult neural, long seed,
                                    Integer degree) {
        SystemDefinition searched = degree == null ? definition : withSearchDegree(definition, degree);
        SymbolicOutcome outcome = SymbolicDiscovery.searchOde(searched, system, SearchOptions.DEFAULT);
        Agreement agreement = outcome.gradients()
                .map(laws -> Agreement.measure(neural, laws, system, seed))
                .orElse(Agreement.none(neural.count()));
        return new Formulas(outcome, agreement);
    }

    /** The same definition with its search degree replaced (its hints kept). */
    private static SystemDefinition withSearchDegree(SystemDefinition d, int degree) {
        SearchHints search = new SearchHints(OptionalInt.of(degree), d.search().hints());
        return new SystemDefinition(d.file(), d.name(), d.description(), d.notes(), d.kind(), d.parameters(),
                d.coordinates(), d.equations(), d.sampling(), d.space(), d.density(), d.simulation(), d.expected(),
                search, d.neural(), d.symbols());
    }
}
