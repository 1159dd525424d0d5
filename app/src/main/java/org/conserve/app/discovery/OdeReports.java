package org.conserve.app.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.conserve.app.report.DiscoveryReport;
import org.conserve.app.report.Versions;
import org.conserve.engine.discovery.NeuralResult;
import org.conserve.symbolic.discovery.Agreement;
import org.conserve.symbolic.expr.DeclaredSymbol;
import org.conserve.symbolic.file.SystemDefinition;

/**
 * The {@link DiscoveryReport} of an ODE discovery, built the same way for the command line and the
 * desktop app's export. Stateless; thread-safe.
 */
public final class OdeReports {
    private OdeReports() {
    }

    /**
     * The report of a neural run and, when it ran, the formula search.
     *
     * @param symbolicNote why there are no formulas ("" when {@code formulas} is present)
     * @param seconds      how long the run took
     */
    public static DiscoveryReport of(SystemDefinition definition, NeuralResult neural,
                                     Optional<DiscoveryPipeline.Formulas> formulas, String symbolicNote, long seed,
                                     double seconds) {
        Optional<Agreement> agreement = formulas.map(DiscoveryPipeline.Formulas::agreement);
        return new DiscoveryReport(definition.name(), definition.file(), "ode", definition.dimension(),
                DiscoveryPipeline.finalCount(neural, formulas), countSource(neural, formulas),
                definition.expected().count(), seed,
                Versions.current(neural.provenance().nd4jVersion(), neural.provenance().backend()),
                Optional.of(neural), "", formulas.map(DiscoveryPipeline.Formulas::outcome), symbolicNote, agreement,
                names(definition), seconds);
    }

    /**
     * Which stages gave the final ODE count ({@link DiscoveryPipeline#finalCount}): "symbolic" when neural
     * candidates were left out (only the formulas count); otherwise "neural" when it is the networks' count,
     * else "neural and symbolic" (the networks and the formulas counted together). The joint count can be
     * larger (a formula the networks missed) or smaller (an exact gradient shows a network's extra direction
     * to be no larger than its error: the double pendulum, seed 1, together 1). The formulas may be proved
     * or numeric only.
     */
    public static String countSource(NeuralResult neural, Optional<DiscoveryPipeline.Formulas> formulas) {
        if (DiscoveryPipeline.candidates(neural, formulas) > 0) {
            return "symbolic";
        }
        return DiscoveryPipeline.finalCount(neural, formulas) == neural.count() ? "neural" : "neural and symbolic";
    }

    /** Coordinates, density symbols, then parameters: the names the formulas are rendered with. */
    public static List<String> names(SystemDefinition definition) {
        List<String> names = new ArrayList<>(definition.coordinates());
        definition.density().stream().map(DeclaredSymbol::name).forEach(names::add);
        definition.parameters().forEach(parameter -> names.add(parameter.name()));
        return names;
    }
}
