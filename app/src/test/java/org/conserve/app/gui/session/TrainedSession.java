package org.conserve.app.gui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.conserve.app.discovery.DiscoveryPipeline;
import org.conserve.app.discovery.OdeReports;
import org.conserve.app.gui.discover.DiscoverResult;
import org.conserve.app.gui.discover.LossPoint;
import org.conserve.engine.discovery.DiscoveryListener;
import org.conserve.engine.discovery.NeuralResult;
import org.conserve.engine.neural.TrainingProgress;
import org.conserve.engine.system.OdeSystem;
import org.conserve.examples.Catalogue;
import org.conserve.symbolic.discovery.SymbolicDiscovery;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;

/**
 * One real discovery of the harmonic oscillator (small training, then the formula search), made once per
 * test run and shared: the session the session tests save and reopen.
 */
final class TrainedSession {
    static final String FILE = "harmonic-oscillator.yaml";
    static final String TEXT = Catalogue.find("harmonic-oscillator").orElseThrow().text();
    static final Map<String, String> SETTINGS = Map.of("samples", "200", "adamSteps", "150", "lbfgsSteps", "50",
            "seed", "7");

    private static SessionResult result;

    private TrainedSession() {
    }

    /** The discovery with its loss history (trained on first use: about a second, plus the formula search). */
    static synchronized SessionResult result() {
        if (result == null) {
            SystemDefinition definition = SystemFiles.parse(FILE, TEXT);
            OdeSystem system = SymbolicDiscovery.odeSystem(definition);
            DiscoveryPipeline.Settings settings = new DiscoveryPipeline.Settings(null, null, 200, 150, 50, 7L);
            List<LossPoint> losses = new ArrayList<>();
            DiscoveryListener recorder = new DiscoveryListener() {
                @Override
                public Action onProgress(TrainingProgress report) {
                    losses.add(new LossPoint(report.elapsed().toNanos() / 1e9, report.loss(), report.l1(),
                            report.l2()));
                    return Action.CONTINUE;
                }
            };
            NeuralResult neural = DiscoveryPipeline.discovery(definition, settings, 200, false).run(system, recorder);
            DiscoveryPipeline.Formulas formulas = DiscoveryPipeline.formulas(definition, system, neural, 7L);
            DiscoverResult discovery = new DiscoverResult(definition.name(), OdeReports.names(definition), neural,
                    Optional.of(formulas), false);
            result = new SessionResult(discovery, losses, neural.seconds() + formulas.outcome().seconds());
        }
        return result;
    }

    static Session session() {
        return SessionCapture.of(FILE, TEXT, SETTINGS, result().discovery(), result().losses(), result().seconds());
    }
}
