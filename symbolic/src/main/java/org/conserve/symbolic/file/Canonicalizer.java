package org.conserve.symbolic.file;

import java.time.Duration;

import org.conserve.symbolic.ProblemKind;
import org.conserve.symbolic.SymbolicException;
import org.conserve.symbolic.SymjaSession;
import org.conserve.symbolic.expr.ParsedExpression;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Puts every expression of a valid file in canonical form: Symja evaluates the expression built by
 * the parser (parameters already replaced by their exact values), on the Symja thread with a time
 * limit. Only the heads of the expression language occur in what it evaluates. A result that is not
 * real (a complex number, an infinity, Indeterminate) is reported at the expression.
 */
final class Canonicalizer {
    /** Time limit for one expression. */
    static final Duration LIMIT = Duration.ofSeconds(10);

    private Canonicalizer() {
    }

    static SystemDefinition canonical(SystemDefinition draft, Problems problems) {
        return draft.mapExpressions(parsed -> canonical(parsed, problems));
    }

    private static ParsedExpression canonical(ParsedExpression parsed, Problems problems) {
        IExpr evaluated;
        try {
            evaluated = SymjaSession.get().evaluate(parsed.expression(), LIMIT);
        } catch (SymbolicException e) {
            problems.add(parsed.line(), parsed.column(), ProblemKind.INVALID_VALUE,
                    "'" + parsed.source().trim() + "' could not be simplified: " + e.getMessage());
            return parsed;
        }
        if (!isReal(evaluated)) {
            problems.add(parsed.line(), parsed.column(), ProblemKind.INVALID_VALUE, "'" + parsed.source().trim()
                    + "' is not real-valued: it evaluates to " + evaluated + " (a division by zero or a complex number?)");
        }
        return new ParsedExpression(parsed.source(), parsed.line(), parsed.column(), parsed.parametric(), evaluated);
    }

    private static boolean isReal(IExpr expression) {
        if (expression.isComplex() || expression.isComplexNumeric() || expression == F.CI
                || expression.isIndeterminate() || expression.isComplexInfinity() || expression.isDirectedInfinity()) {
            return false;
        }
        if (expression instanceof IAST ast) {
            for (int i = 0; i <= ast.argSize(); i++) {
                if (!isReal(ast.get(i))) {
                    return false;
                }
            }
        }
        return true;
    }
}
