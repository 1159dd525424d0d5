package org.conserve.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.conserve.engine.independence.IndependenceAnalysis;
import org.conserve.engine.independence.IndependenceReport;
import org.conserve.engine.sampling.OdeSampler;
import org.conserve.engine.sampling.PdeSampleSet;
import org.conserve.engine.sampling.PdeSampler;
import org.conserve.engine.sampling.PdeSamplingSettings;
import org.conserve.engine.sampling.SampleSet;
import org.conserve.engine.simulation.OdeSimulator;
import org.conserve.engine.simulation.OdeTrajectory;
import org.conserve.engine.simulation.PdeSimulator;
import org.conserve.engine.simulation.PdeTrajectory;
import org.conserve.engine.spectral.SpectralDerivatives;
import org.conserve.engine.system.Jet;
import org.conserve.engine.system.NamedFunction;
import org.conserve.engine.system.OdeSystem;
import org.conserve.engine.system.PdeSystem;
import org.conserve.symbolic.compile.CompiledGradient;
import org.conserve.symbolic.compile.CompiledGradientSource;
import org.conserve.symbolic.compile.Gradients;
import org.conserve.symbolic.expr.ParsedExpression;
import org.conserve.symbolic.file.Sampling;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;
import org.conserve.symbolic.file.SystemLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The catalogue as numbers: every built-in system compiles, its expected laws vanish along f at sampled
 * points, stay constant along a simulated trajectory, and their exact gradients have the expected
 * number of independent directions.
 */
class CatalogueNumericsTest {
    private static final long SEED = 20261123L;

    static Stream<BuiltInSystem> odeSystems() {
        return Catalogue.list(org.conserve.examples.SystemKind.ODE).stream();
    }

    static Stream<BuiltInSystem> pdeSystems() {
        return Catalogue.list(org.conserve.examples.SystemKind.PDE).stream();
    }

    private static SystemDefinition definition(BuiltInSystem builtIn) {
        return SystemFiles.parse(builtIn.fileName(), builtIn.text());
    }

    private static List<ISymbol> coordinates(SystemDefinition definition) {
        return definition.symbols().coordinates().stream().map(c -> c.symbol()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("odeSystems")
    void expectedLawsAreOrthogonalToTheFlowAtSampledPoints(BuiltInSystem builtIn) {
        SystemDefinition definition = definition(builtIn);
        OdeSystem system = SystemLoader.ode(definition);
        SampleSet samples = new OdeSampler().sample(system, 500, SEED);
        for (ParsedExpression law : definition.expected().laws()) {
            CompiledGradient gradient = Gradients.compile(law.expression(), coordinates(definition),
                    SystemLoader.slots(definition));
            double[] g = new double[system.dimension()];
            double worst = 0;
            for (int p = 0; p < samples.size(); p++) {
                gradient.evaluate(samples.points()[p], g);
                double[] f = samples.rates()[p];
                double dot = 0;
                double gg = 0;
                double ff = 0;
                for (int i = 0; i < g.length; i++) {
                    dot += g[i] * f[i];
                    gg += g[i] * g[i];
                    ff += f[i] * f[i];
                }
                if (gg > 0 && ff > 0) {
                    worst = Math.max(worst, Math.abs(dot) / Math.sqrt(gg * ff));
                }
            }
            assertTrue(worst < 1e-10, builtIn.id() + ": |grad H . f| / (|grad H| |f|) = " + worst + " for " + law.source());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("odeSystems")
    void exactGradientsOfTheExpectedLawsHaveTheExpectedCount(BuiltInSystem builtIn) {
        SystemDefinition definition = definition(builtIn);
        if (definition.expected().laws().isEmpty()) {
            assertEquals(0, definition.expected().count().orElseThrow(), builtIn.id() + " states no law, so its count is 0");
            return;
        }
        OdeSystem system = SystemLoader.ode(definition);
        SampleSet samples = new OdeSampler().sample(system, 400, SEED);
        CompiledGradientSource source = Gradients.source(
                definition.expected().laws().stream().map(ParsedExpression::expression).toList(),
                coordinates(definition), SystemLoader.slots(definition));
        IndependenceReport report = IndependenceAnalysis.defaults().analyse(source, samples.points());
        assertEquals(definition.expected().count().orElseThrow(), report.count(), builtIn.id() + ": " + report);
        assertEquals(report.count(), report.rankVote(), builtIn.id() + ": " + report);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("odeSystems")
    void expectedLawsStayConstantAlongTheDefaultTrajectory(BuiltInSystem builtIn) {
        SystemDefinition definition = definition(builtIn);
        OdeSystem system = SystemLoader.ode(definition);
        double[] start = SystemLoader.initialState(definition)
                .orElseGet(() -> new OdeSampler().sample(system, 1, SEED).points()[0]);
        double t = definition.simulation().t().orElse(10);
        OdeTrajectory trajectory = new OdeSimulator().simulate(system.field(), start, t, 200,
                system.expectedLaws().stream().map(NamedFunction::function).toList());
        assertTrue(trajectory.complete());
        for (int law = 0; law < system.expectedLaws().size(); law++) {
            double first = trajectory.observables()[0][law];
            double scale = 1.0; // the catalogue is non-dimensional: laws that vanish on a trajectory are judged on the scale 1
            double drift = 0;
            for (double[] row : trajectory.observables()) {
                scale = Math.max(scale, Math.abs(row[law]));
                drift = Math.max(drift, Math.abs(row[law] - first));
            }
            assertTrue(drift / scale < 1e-8, builtIn.id() + ": " + system.expectedLaws().get(law).expression()
                    + " drifts by " + drift + " (scale " + scale + ")");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("odeSystems")
    void aLawThatIsNotConservedIsCaught(BuiltInSystem builtIn) {
        SystemDefinition definition = definition(builtIn);
        OdeSystem system = SystemLoader.ode(definition);
        SampleSet samples = new OdeSampler().sample(system, 200, SEED);
        // The first coordinate moves in every catalogue system: the same check must fail for it.
        double worst = 0;
        int moving = -1;
        for (int i = 0; i < system.dimension() && moving < 0; i++) {
            for (double[] rate : samples.rates()) {
                if (Math.abs(rate[i]) > 1e-6) {
                    moving = i;
                    break;
                }
            }
        }
        for (double[] rate : samples.rates()) {
            double ff = 0;
            for (double r : rate) {
                ff += r * r;
            }
            worst = Math.max(worst, Math.abs(rate[moving]) / Math.sqrt(ff));
        }
        assertTrue(worst > 1e-3, builtIn.id() + ": the orthogonality check would not notice a moving coordinate");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdeSystems")
    void expectedDensitiesHaveVanishingIntegralRateOnRandomStates(BuiltInSystem builtIn) {
        SystemDefinition definition = definition(builtIn);
        PdeSystem system = SystemLoader.pde(definition);
        Sampling.States states = (Sampling.States) definition.sampling();
        PdeSampleSet samples = new PdeSampler().sample(system,
                new PdeSamplingSettings(8, states.modes(), states.amplitude(), 0.0), SEED);
        Jet jet = system.jet();
        List<ISymbol> jetSymbols = new ArrayList<>();
        for (int field = 0; field < jet.fields().size(); field++) {
            for (int order = 0; order <= jet.maxOrder(); order++) {
                jetSymbols.add(definition.symbols().derivative(field, order).symbol());
            }
        }
        SpectralDerivatives spectral = new SpectralDerivatives(system.grid());
        int n = system.grid().points();
        int fields = jet.fields().size();
        for (ParsedExpression law : definition.expected().laws()) {
            CompiledGradient gradient = Gradients.compile(law.expression(), jetSymbols, SystemLoader.slots(definition));
            double[] g = new double[jet.size()];
            double[] rate = new double[n];
            double[][] rateDerivatives = new double[jet.maxOrder() + 1][n];
            for (int s = 0; s < samples.stateCount(); s++) {
                // d/dt of the integral of h = integral of sum_{f,k} dh/d(f,k) * D^k F_f  (F_f = u_t of field f).
                double[] total = new double[n];
                double magnitude = 0;
                for (int f = 0; f < fields; f++) {
                    for (int j = 0; j < n; j++) {
                        rate[j] = samples.rates()[samples.row(s, j)][f];
                    }
                    spectral.derivatives(rate, jet.maxOrder(), rateDerivatives);
                    for (int j = 0; j < n; j++) {
                        gradient.evaluate(samples.jets()[samples.row(s, j)], g);
                        for (int k = 0; k <= jet.maxOrder(); k++) {
                            double term = g[jet.index(f, k)] * rateDerivatives[k][j];
                            total[j] += term;
                            magnitude += Math.abs(term);
                        }
                    }
                }
                double integralRate = 0;
                for (double value : total) {
                    integralRate += value;
                }
                assertTrue(magnitude > 0, builtIn.id() + ": degenerate random state " + s);
                double relative = Math.abs(integralRate) / magnitude;
                assertTrue(relative < 1e-8, builtIn.id() + ": d/dt of the integral of " + law.source()
                        + " is " + relative + " relative on random state " + s);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdeSystems")
    void expectedDensitiesStayConstantAlongTheDefaultSimulation(BuiltInSystem builtIn) {
        SystemDefinition definition = definition(builtIn);
        PdeSystem system = SystemLoader.pde(definition);
        double[][] start = SystemLoader.initialFields(definition).orElseThrow();
        double t = Math.min(definition.simulation().t().orElse(1), 1.0);
        PdeTrajectory trajectory = new PdeSimulator().simulate(system, start, t, 10,
                system.expectedLaws().stream().map(NamedFunction::function).toList());
        assertTrue(trajectory.complete());
        assertFalse(system.expectedLaws().isEmpty(), builtIn.id() + " states its densities");
        for (int law = 0; law < system.expectedLaws().size(); law++) {
            double first = trajectory.integrals()[0][law];
            double drift = 0;
            double scale = 1.0; // the catalogue is non-dimensional: laws that vanish on a trajectory are judged on the scale 1
            for (double[] row : trajectory.integrals()) {
                scale = Math.max(scale, Math.abs(row[law]));
                drift = Math.max(drift, Math.abs(row[law] - first));
            }
            assertTrue(drift / scale < 1e-8, builtIn.id() + ": integral of " + system.expectedLaws().get(law).expression()
                    + " drifts by " + drift / scale + " relative");
        }
    }
}
