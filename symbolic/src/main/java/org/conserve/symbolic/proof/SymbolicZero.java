package org.conserve.symbolic.proof;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.conserve.symbolic.SymbolicError;
import org.conserve.symbolic.SymbolicException;
import org.conserve.symbolic.SymjaSession;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Decides whether Symja can show an expression is identically zero, trying simplifications in
 * increasing cost, each under its own time limit. Thread-safety: any thread (work runs on the Symja
 * thread).
 */
final class SymbolicZero {
    private record Step(String name, UnaryOperator<IExpr> wrap) {
    }

    private static final List<Step> STEPS = List.of(
            new Step("Expand", F::Expand),
            new Step("Together", F::Together),
            new Step("Simplify", F::Simplify),
            new Step("FullSimplify", F::FullSimplify));

    private SymbolicZero() {
    }

    /**
     * The name of the first step that turns {@code expression} into 0, or empty when none does in
     * time. {@code expression} is evaluated first; the steps then work on that result.
     */
    static Optional<String> firstStepGivingZero(SymjaSession session, IExpr expression, Duration stepLimit) {
        IExpr current;
        try {
            current = session.call(() -> session.engine().evaluate(expression), stepLimit);
        } catch (SymbolicException e) {
            if (e.key() == SymbolicError.TIMEOUT) {
                return Optional.empty();
            }
            throw e;
        }
        if (current.isZero()) {
            return Optional.of("evaluation");
        }
        for (Step step : STEPS) {
            IExpr input = current;
            try {
                IExpr result = session.call(() -> session.engine().evaluate(step.wrap().apply(input)), stepLimit);
                if (result.isZero()) {
                    return Optional.of(step.name());
                }
            } catch (SymbolicException e) {
                if (e.key() != SymbolicError.TIMEOUT) {
                    throw e;
                }
            }
        }
        return Optional.empty();
    }
}
