package org.conserve.symbolic.file;

import java.time.Duration;

import org.conserve.symbolic.ProblemKind;
import org.conserve.symbolic.SymbolicException;
import org.conserve.symbolic.SymjaSession;
import org.conserve.symbolic.expr.ParsedExpression;
import org.conserve.symbolic.expr.SymbolTable;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Puts every expression of a valid file in canonical form: Symja evaluates the expression built by
 * the parser (parameters already replaced by their exact values), quietly, on the Symja thread with a
 * time limit. Only the heads of the expression language occur in what it evaluates.
 *
 * <p>The parser already refuses constants that are not finite real numbers; cancellations it cannot
 * see ({@code x/(x-x)}, {@code ArcSin(2+x-x)}) are caught here: a result containing a complex number,
 * an infinity or Indeterminate, or a constant part whose numerical value is not a finite real number,
 * is reported at the expression.
 */
final class Canonicalizer {
    /** Time limit for one expression. */
    static final Duration LIMIT = Duration.ofSeconds(10);

    private Canonicalizer() {
    }

    static SystemDefinition canonical(SystemDefinition draft, Problems problems) {
        SymbolTable symbols = draft.symbols();
        return draft.mapExpressions(parsed -> canonical(parsed, symbols, problems));
    }

    private static ParsedExpression canonical(ParsedExpression parsed, SymbolTable symbols, Problems problems) {
        Outcome outcome;
        try {
            outcome = SymjaSession.get().call(() -> evaluate(parsed.expression(), symbols), LIMIT);
        } catch (SymbolicException e) {
            problems.add(parsed.line(), parsed.column(), ProblemKind.INVALID_VALUE,
                    "'" + abbreviate(parsed.source().trim()) + "' could not be evaluated: " + e.getMessage());
            return parsed;
        }
        if (outcome.notReal() != null) {
            problems.add(parsed.line(), parsed.column(), ProblemKind.INVALID_VALUE, "'" + abbreviate(parsed.source().trim())
                    + "' is not real-valued: " + abbreviate(outcome.notReal().toString())
                    + " is not a finite real number (a division by zero, or a complex value?)");
        }
        return new ParsedExpression(parsed.source(), parsed.line(), parsed.column(), parsed.parametric(), outcome.value());
    }

    /** Runs on the Symja thread. */
    private static Outcome evaluate(IExpr expression, SymbolTable symbols) {
        EvalEngine engine = SymjaSession.get().engine();
        IExpr value = engine.evalQuiet(expression);
        return new Outcome(value, firstNotReal(engine, value, symbols));
    }

    /**
     * The first part of {@code expression} that is not real: a complex or infinite number, or a
     * maximal constant part (free of the file's names) whose numerical value is not a finite real.
     */
    private static IExpr firstNotReal(EvalEngine engine, IExpr expression, SymbolTable symbols) {
        IExpr[] found = new IExpr[1];
        if (scan(engine, expression, symbols, found)) {
            checkConstant(engine, expression, found);
        }
        return found[0];
    }

    /** True when {@code expression} is constant; checks the maximal constant parts below it. One pass. */
    private static boolean scan(EvalEngine engine, IExpr expression, SymbolTable symbols, IExpr[] found) {
        if (found[0] != null) {
            return false;
        }
        if (expression.isComplex() || expression.isComplexNumeric() || expression.isIndeterminate()
                || expression.isComplexInfinity() || expression.isDirectedInfinity()) {
            found[0] = expression;
            return false;
        }
        if (expression instanceof ISymbol symbol) {
            return symbols.declared(symbol).isEmpty();
        }
        if (!(expression instanceof IAST ast)) {
            return true;
        }
        boolean[] constantArguments = new boolean[ast.argSize() + 1];
        boolean constant = true;
        for (int i = 1; i <= ast.argSize(); i++) {
            constantArguments[i] = scan(engine, ast.get(i), symbols, found);
            constant &= constantArguments[i];
        }
        if (!constant) {
            for (int i = 1; i <= ast.argSize() && found[0] == null; i++) {
                if (constantArguments[i]) {
                    checkConstant(engine, ast.get(i), found);
                }
            }
        }
        return constant && found[0] == null;
    }

    private static void checkConstant(EvalEngine engine, IExpr constant, IExpr[] found) {
        if (found[0] != null || !(constant instanceof IAST ast) || isCondition(ast)) {
            return;
        }
        IExpr numeric = engine.evalQuiet(F.N(constant));
        if (!(numeric.isReal() && Double.isFinite(numeric.evalf()))) {
            found[0] = constant;
        }
    }

    private static boolean isCondition(IAST ast) {
        IExpr head = ast.head();
        return head == F.Less || head == F.LessEqual || head == F.Greater || head == F.GreaterEqual
                || head == F.And || head == F.Or || head == F.Not || head == F.Equal || head == F.Unequal
                || head == F.Inequality;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private record Outcome(IExpr value, IExpr notReal) {
    }
}
