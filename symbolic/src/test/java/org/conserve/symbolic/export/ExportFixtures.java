package org.conserve.symbolic.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.conserve.engine.system.OdeSystem;
import org.conserve.symbolic.SymjaSession;
import org.conserve.symbolic.discovery.Agreement;
import org.conserve.symbolic.discovery.SymbolicDiscovery;
import org.conserve.symbolic.expr.DeclaredSymbol;
import org.conserve.symbolic.expr.ParsedExpression;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.proof.OdeLawProver;
import org.conserve.symbolic.proof.ProofOptions;
import org.conserve.symbolic.proof.ProofResult;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** Export inputs made the way a discovery makes them: laws proved by Conserve's provers. */
final class ExportFixtures {
    static final String KEPLER_BASIS_NOTE = "the file's expected laws, proved by OdeLawProver";

    private ExportFixtures() {
    }

    /**
     * Kepler's E, L, A_x, A_y (the file's expected laws), each proved by {@link OdeLawProver}; A_y is
     * marked dependent (E, L and A_x already count 3). The neural summary and agreement are stated.
     */
    static ExportInput kepler() {
        SystemDefinition kepler = Systems.kepler();
        List<ExportedLaw> laws = new ArrayList<>();
        List<IExpr> expected = kepler.expected().laws().stream().map(ParsedExpression::expression).toList();
        for (int i = 0; i < expected.size(); i++) {
            laws.add(proved(kepler, expected.get(i), i < 3));
        }
        return new ExportInput(kepler, laws, "sid-law-search", List.of("x", "y", "px", "py", "1/Sqrt(x^2+y^2)"),
                KEPLER_BASIS_NOTE, Optional.of(new NeuralSummary(3, 0.97, List.of(2e-9, 4e-8, 1e-7, 0.41))),
                Optional.of(new Agreement(3, 3, 3, 3)));
    }

    /** KdV's densities as the real density search finds and proves them. */
    static ExportInput kdv() {
        SystemDefinition kdv = Systems.kdv();
        return ExportInput.of(kdv, SymbolicDiscovery.searchPde(kdv), Optional.empty(), Optional.empty());
    }

    /** {@code law} of an ODE with the status and residual the prover gives it. */
    static ExportedLaw proved(SystemDefinition definition, IExpr law, boolean independent) {
        OdeSystem system = SymbolicDiscovery.odeSystem(definition);
        List<ISymbol> variables = definition.symbols().coordinates().stream().map(DeclaredSymbol::symbol).toList();
        List<IExpr> rates = definition.equations().stream().map(ParsedExpression::expression).toList();
        ProofResult proof = new OdeLawProver(SymjaSession.get(), ProofOptions.DEFAULT)
                .prove(law, variables, rates, system.box(), system.where());
        return new ExportedLaw(law, proof.status(), proof.residual(), independent);
    }

    /** {@code input} with one more law. */
    static ExportInput with(ExportInput input, ExportedLaw law) {
        List<ExportedLaw> laws = new ArrayList<>(input.laws());
        laws.add(law);
        return new ExportInput(input.definition(), laws, input.method(), input.basis(), input.note(), input.neural(),
                input.agreement());
    }
}
