package org.conserve.app.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.conserve.engine.discovery.Discovery;
import org.conserve.engine.discovery.PdeDiscovery;
import org.conserve.engine.neural.TrainingConfig;
import org.conserve.examples.Catalogue;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;
import org.junit.jupiter.api.Test;

/**
 * Settings left empty (the command line's missing options, the app's empty fields) take the defaults of the
 * system they run on: plain networks by dimension, the biased defaults under a file's bias, the PDE's own;
 * a value the user gives wins.
 */
class TrainingDefaultsByKindTest {
    private static final DiscoveryPipeline.Settings EMPTY =
            new DiscoveryPipeline.Settings(null, null, null, null, null, 1L);

    private static SystemDefinition example(String name) {
        return SystemFiles.parse(name + ".yaml", Catalogue.find(name).orElseThrow().text());
    }

    @Test
    void plainNetworksTakeTheBudgetOfTheirDimension() {
        TrainingConfig oscillator = DiscoveryPipeline.discovery(example("harmonic-oscillator"), EMPTY, 100, true)
                .training();
        assertEquals(TrainingConfig.forDimension(2), oscillator);
        assertEquals(3000, oscillator.lbfgsSteps());
        TrainingConfig threeBodyPlain = DiscoveryPipeline.discovery(example("three-body-2d"), EMPTY, 100, false)
                .training();
        assertEquals(TrainingConfig.defaults(), threeBodyPlain);
    }

    @Test
    void aFileBiasTakesTheBiasedDefaults() {
        Discovery biased = DiscoveryPipeline.discovery(example("three-body-2d"), EMPTY, 100, true);
        assertEquals(TrainingConfig.biasedDefaults().lambda(), biased.training().lambda());
        assertEquals(TrainingConfig.biasedDefaults().adamSteps(), biased.training().adamSteps());
        assertEquals(1500, biased.training().lbfgsSteps());
    }

    @Test
    void aPdeTakesItsOwnDefaults() {
        assertEquals(PdeDiscovery.defaultTraining(), PdePipeline.discovery(EMPTY).training());
    }

    @Test
    void whatTheUserGivesWins() {
        DiscoveryPipeline.Settings given = new DiscoveryPipeline.Settings(null, 0.05, null, 200, 40, 1L);
        TrainingConfig training = DiscoveryPipeline.discovery(example("kepler-2d"), given, 100, true).training();
        assertEquals(0.05, training.lambda());
        assertEquals(200, training.adamSteps());
        assertEquals(40, training.lbfgsSteps());
        TrainingConfig pde = PdePipeline.discovery(given).training();
        assertEquals(40, pde.lbfgsSteps());
        assertEquals(200, pde.adamSteps());
    }
}
