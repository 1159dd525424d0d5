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
 * @param count         the final answer. ODE: the independent directions of the conserved networks and
 *                      the counted formulas together (the neural count when there are no formulas), less
 *                      the {@link #candidates()}' directions; PDE: the symbolic count
 * @param timeDependent the search with t as a coordinate, when asked for ({@code --time}): counted
 *                      separately from {@code count}
 * @param countSource   which stages gave {@code count}: ODE "neural", "neural and symbolic"
 *                      ({@code OdeReports.countSource}) or "symbolic" (neural candidates left out); PDE
 *                      "neural", "proved symbolic" or "neural and proved symbolic"
 * @param expectedCount the count the file states, if any
 * @param seed          the seed of the run
 * @param versions      software versions and backend
 * @param neural        the neural result, when that stage ran
 * @param neuralNote    why the neural stage did not run ("" when it did)
 * @param symbolic      the symbolic result, when that stage ran
 * @param symbolicNote  why there is no symbolic result ("" when there is one)
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
        String symbolicNote,
        Optional<Agreement> agreement,
        List<String> declaredNames,
        double seconds,
        Optional<SymbolicOutcome> timeDependent) {

    public DiscoveryReport {
        declaredNames = List.copyOf(declaredNames);
    }

    /** A report without the optional search for time-dependent laws. */
    public DiscoveryReport(String system, String file, String kind, int dimension, int count, String countSource,
                           OptionalInt expectedCount, long seed, Versions versions, Optional<NeuralResult> neural,
                           String neuralNote, Optional<SymbolicOutcome> symbolic, String symbolicNote,
                           Optional<Agreement> agreement, List<String> declaredNames, double seconds) {
        this(system, file, kind, dimension, count, countSource, expectedCount, seed, versions, neural, neuralNote,
                symbolic, symbolicNote, agreement, declaredNames, seconds, Optional.empty());
    }

    /**
     * Neural laws without a formula that rest on imprecise networks, left out of {@link #count()}
     * ({@link UnprovedLawsCaution}).
     */
    public int candidates() {
        return neural.flatMap(result -> agreement.map(measured -> UnprovedLawsCaution.candidates(result, measured)))
                .orElse(0);
    }

    /** The caution about laws that rest on imprecise networks alone ({@link UnprovedLawsCaution}), if any. */
    public Optional<String> caution() {
        return neural.flatMap(result -> agreement.flatMap(measured -> UnprovedLawsCaution.of(result, measured)));
    }

    /** This report with the laws that depend on time explicitly ({@code discover --time}). */
    public DiscoveryReport withTimeDependent(SymbolicOutcome outcome) {
        return new DiscoveryReport(system, file, kind, dimension, count, countSource, expectedCount, seed, versions,
                neural, neuralNote, symbolic, symbolicNote, agreement, declaredNames, seconds, Optional.of(outcome));
    }
}
