package org.conserve.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.conserve.engine.system.Box;
import org.conserve.engine.system.PointFilter;
import org.conserve.symbolic.SymjaSession;
import org.conserve.symbolic.compile.ExpressionCompiler;
import org.conserve.symbolic.expr.DeclaredSymbol;
import org.conserve.symbolic.expr.ParsedExpression;
import org.conserve.symbolic.file.Sampling;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;

import org.conserve.symbolic.proof.DensityProver;
import org.conserve.symbolic.proof.OdeLawProver;
import org.conserve.symbolic.proof.ProofOptions;
import org.conserve.symbolic.proof.ProofResult;
import org.conserve.symbolic.proof.ProofStatus;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code expected} law of every bundled file is a law by Conserve's own provers: for an ODE,
 * {@code grad H . f} simplifies to 0 (or vanishes numerically in the sampled box); for a PDE, the
 * Euler operator of {@code D_t h} vanishes and h is not a total derivative. (The same laws are proved
 * independently with SymPy by examples/tools/check_laws.py.) A law that Symja cannot simplify (the
 * double-pendulum energy, a trigonometric identity) must still have a relative residual
 * {@code |grad H . f| / (|grad H| |f|)} below 1e-10 at the sampled points.
 */
class ExpectedLawsProofTest {

    static Stream<BuiltInSystem> systems() {
        return Catalogue.list().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void everyExpectedLawIsProved(BuiltInSystem system) {
        SystemDefinition definition = SystemFiles.parse(system.fileName(), system.text());
        List<IExpr> rates = definition.equations().stream().map(ParsedExpression::expression).toList();
        for (ParsedExpression law : definition.expected().laws()) {
            ProofResult result = system.kind() == SystemKind.ODE
                    ? proveOdeLaw(definition, law.expression(), rates)
                    : new DensityProver(SymjaSession.get(), ProofOptions.DEFAULT).prove(law.expression(), rates,
                            jet -> definition.symbols().derivative(jet.field(), jet.order()).symbol());
            System.out.printf("%s: %s by %s, residual %.1e: %s%n", system.fileName(), result.status(),
                    result.method(), result.residual(), law.source());
            assertTrue(result.isLaw(), system.fileName() + ": " + law.source() + " is not a law: " + result);
            // Where Symja cannot simplify, the law must still hold to the ODE bar.
            assertTrue(result.status() == ProofStatus.PROVED || result.residual() < 1e-10,
                    system.fileName() + ": " + law.source() + " residual " + result.residual());
        }
    }

    private static ProofResult proveOdeLaw(SystemDefinition definition, IExpr law, List<IExpr> rates) {
        List<ISymbol> variables = definition.symbols().coordinates().stream().map(DeclaredSymbol::symbol).toList();
        Map<ISymbol, Integer> slots = new HashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            slots.put(variables.get(i), i);
        }
        Sampling.Box sampling = (Sampling.Box) definition.sampling();
        PointFilter where = sampling.where()
                .map(condition -> ExpressionCompiler.compileCondition(condition.expression(), slots))
                .orElse(PointFilter.ALL);
        return new OdeLawProver(SymjaSession.get(), ProofOptions.DEFAULT)
                .prove(law, variables, rates, new Box(sampling.ranges()), where);
    }
}
