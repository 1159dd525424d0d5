package org.conserve.symbolic.discovery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.conserve.engine.system.Box;
import org.conserve.engine.system.OdeSystem;
import org.conserve.engine.system.PointFilter;
import org.conserve.symbolic.compile.ExpressionCompiler;
import org.conserve.symbolic.expr.ParsedExpression;
import org.conserve.symbolic.file.Sampling;
import org.conserve.symbolic.file.SystemDefinition;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The engine's ODE for a validated system file: f compiled over variable slots 0..d-1, the box and the
 * compiled {@code where}. Stateless.
 */
final class OdeLoading {
    private OdeLoading() {
    }

    static Map<ISymbol, Integer> slots(SystemDefinition definition) {
        Map<ISymbol, Integer> slots = new HashMap<>();
        definition.symbols().coordinates().forEach(v -> slots.put(v.symbol(), v.index()));
        return slots;
    }

    static List<IExpr> rates(SystemDefinition definition) {
        return definition.equations().stream().map(ParsedExpression::expression).toList();
    }

    static OdeSystem ode(SystemDefinition definition) {
        Map<ISymbol, Integer> slots = slots(definition);
        Sampling.Box box = (Sampling.Box) definition.sampling();
        PointFilter where = box.where()
                .<PointFilter>map(condition -> ExpressionCompiler.compileCondition(condition.expression(), slots))
                .orElse(PointFilter.ALL);
        return new OdeSystem(definition.name(), definition.description(), definition.coordinates(),
                ExpressionCompiler.compileField(rates(definition), slots), new Box(box.ranges()), where,
                definition.expected().count(), List.of());
    }
}
