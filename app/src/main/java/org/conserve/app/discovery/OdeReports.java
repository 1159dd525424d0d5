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
        int count = DiscoveryPipeline.finalCount(neural, formulas);
        String source = DiscoveryPipeline.candidates(neural, formulas) > 0 ? "symbolic"
                : countSource(count, neural.count());
        return new DiscoveryReport(definition.name(), definition.file(), "ode", definition.dimension(),
                count, source, definition.expected().count(), seed,
                Versions.current(neural.provenance().nd4jVersion(), neural.provenance().backend()),
                Optional.of(neural), "", formulas.map(DiscoveryPipeline.Formulas::outcome), symbolicNote, agreement,
                names(definition), seconds);
    }

    /**
     * Which stages gave an ODE count when no neural law is a candidate (a candidate makes it "symbolic": only
     * the formulas count): "neural" when it is the networks' count, otherwise "neural and
     * symbolic" (the networks and the formulas counted together). The joint count can be larger (a formula
     * the networks missed, or networks that miss a formula: the double pendulum, seeds 2 and 3, networks 2,
     * formula 1, together 3) or smaller (an exact gradient shows a network's extra direction to be no larger
     * than its error: seed 1, together 1). The formulas may be proved or numeric only.
     */
    public static String countSource(int count, int neuralCount) {
        return count == neuralCount ? "neural" : "neural and symbolic";
    }

    /** Coordinates, density symbols, then parameters: the names the formulas are rendered with. */
    public static List<String> names(SystemDefinition definition) {
        List<String> names = new ArrayList<>(definition.coordinates());
        definition.density().stream().map(DeclaredSymbol::name).forEach(names::add);
        definition.parameters().forEach(parameter -> names.add(parameter.name()));
        return names;
    }
}
