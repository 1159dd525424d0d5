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
    /**
     * A step, the largest expression (in leaves) it is tried on, and whether it is tried on residuals
     * with trigonometric functions. Simplify and FullSimplify on a large or trigonometric rational
     * residual (a double pendulum's) do not finish in time, and Symja's factoriser prints stack traces
     * when it is interrupted; such residuals go to the numeric check after Together.
     */
    private record Step(String name, UnaryOperator<IExpr> wrap, long maxLeaves, boolean withTrig) {
    }

    private static final List<Step> STEPS = List.of(
            new Step("Expand", F::Expand, Long.MAX_VALUE, true),
            new Step("Together", F::Together, Long.MAX_VALUE, true),
            new Step("Simplify", F::Simplify, 600, false),
            new Step("FullSimplify", F::FullSimplify, 300, false));

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
        long leaves = current.leafCount();
        boolean trig = !current.isFree(e -> e.isSin() || e.isCos() || e.isTan(), true);
        for (Step step : STEPS) {
            if (leaves > step.maxLeaves() || (trig && !step.withTrig())) {
                continue;
            }
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
