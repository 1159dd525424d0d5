package org.conserve.symbolic.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.conserve.symbolic.discovery.Agreement;
import org.conserve.symbolic.discovery.SymbolicLaw;
import org.conserve.symbolic.discovery.SymbolicOutcome;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.proof.ProofStatus;

/**
 * Everything the export writers need about one discovery. Immutable.
 *
 * @param definition the system file
 * @param laws       the laws, counted ones first
 * @param method     how the laws were searched ("sid-law-search", "density-search", ...)
 * @param basis      the candidates searched, in the file's names, so that "nothing found" says where
 * @param note       how the search ended, for a person ("" when none)
 * @param neural     the neural count, when that stage ran
 * @param agreement  how many neural laws the formulas explain, when both stages ran
 */
public record ExportInput(SystemDefinition definition, List<ExportedLaw> laws, String method, List<String> basis,
                          String note, Optional<NeuralSummary> neural, Optional<Agreement> agreement) {
    public ExportInput {
        Objects.requireNonNull(definition, "definition");
        laws = List.copyOf(laws);
        basis = List.copyOf(basis);
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(neural, "neural");
        Objects.requireNonNull(agreement, "agreement");
    }

    /**
     * The export of a symbolic discovery: each law, reported in the file's names, is read back into an
     * expression over the system's symbols.
     *
     * @throws IllegalArgumentException if a law is not in the file's expression language
     */
    public static ExportInput of(SystemDefinition definition, SymbolicOutcome outcome, Optional<NeuralSummary> neural,
                                 Optional<Agreement> agreement) {
        List<ExportedLaw> laws = outcome.laws().stream().map(law -> exported(definition, law)).toList();
        return new ExportInput(definition, laws, outcome.method(), outcome.basis(), outcome.note(), neural, agreement);
    }

    private static ExportedLaw exported(SystemDefinition definition, SymbolicLaw law) {
        return new ExportedLaw(LawParser.parse(definition, law.expression()), law.status(), law.residual(),
                law.independent());
    }

    /** The number of laws with the given status. */
    public long count(ProofStatus status) {
        return laws.stream().filter(law -> law.status() == status).count();
    }
}
