package org.conserve.app.report;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.conserve.engine.discovery.NeuralResult;
import org.conserve.symbolic.discovery.Agreement;
import org.conserve.symbolic.discovery.SymbolicOutcome;

/**
 * Everything {@code conserve discover} found for one system, ready to print or write as JSON. Immutable.
 *
 * @param system        the system's display name
 * @param file          the file it came from
 * @param kind          "ode" or "pde"
 * @param dimension     number of variables (ODE) or fields (PDE)
 * @param count         the final answer: the neural count for an ODE, the symbolic count for a PDE
 * @param countSource   "neural" or "symbolic": which stage gave {@code count}
 * @param expectedCount the count the file states, if any
 * @param seed          the seed of the run
 * @param versions      software versions and backend
 * @param neural        the neural result, when that stage ran
 * @param neuralNote    why the neural stage did not run ("" when it did)
 * @param symbolic      the symbolic result, when that stage ran
 * @param agreement     how many neural laws the formulas explain (ODE with both stages)
 * @param declaredNames the file's names (for typesetting the laws)
 * @param seconds       wall time of the whole command
 */
public record DiscoveryReport(
        String system,
        String file,
        String kind,
        int dimension,
        int count,
        String countSource,
        OptionalInt expectedCount,
        long seed,
        Versions versions,
        Optional<NeuralResult> neural,
        String neuralNote,
        Optional<SymbolicOutcome> symbolic,
        Optional<Agreement> agreement,
        List<String> declaredNames,
        double seconds) {

    public DiscoveryReport {
        declaredNames = List.copyOf(declaredNames);
    }
}
