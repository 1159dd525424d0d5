package org.conserve.symbolic.file;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.conserve.engine.system.Interval;
import org.conserve.engine.system.PointFilter;
import org.conserve.symbolic.ProblemKind;
import org.conserve.symbolic.SymbolicException;
import org.conserve.symbolic.compile.ExpressionCompiler;
import org.conserve.symbolic.expr.DeclaredSymbol;
import org.conserve.symbolic.expr.ParsedExpression;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Checks that an ODE's {@code sampling.where} accepts some point of its box: the condition is
 * compiled and tried at {@value #TRIES} seeded uniform random points of the box. A condition that
 * none of them satisfies is reported, since sampling would never finish (or find a sliver so thin
 * that sampling it is hopeless anyway).
 */
final class WhereCheck {
    /** Points tried; a region covering less than about 1/TRIES of the box counts as empty. */
    static final int TRIES = 20_000;
    private static final long SEED = 0x5EEDL;

    private WhereCheck() {
    }

    static void check(SystemDefinition definition, Problems problems) {
        if (!(definition.sampling() instanceof Sampling.Box box) || box.where().isEmpty()) {
            return;
        }
        ParsedExpression where = box.where().get();
        Map<ISymbol, Integer> slots = new HashMap<>();
        List<DeclaredSymbol> variables = definition.symbols().coordinates();
        for (DeclaredSymbol variable : variables) {
            slots.put(variable.symbol(), variable.index());
        }
        PointFilter filter;
        try {
            filter = ExpressionCompiler.compileCondition(where.expression(), slots);
        } catch (SymbolicException e) {
            problems.add(where.line(), where.column(), ProblemKind.INVALID_VALUE,
                    "sampling.where cannot be evaluated: " + e.getMessage());
            return;
        }
        if (!acceptsSomePoint(filter, box.ranges())) {
            problems.add(where.line(), where.column(), ProblemKind.NO_POINT_SATISFIES_WHERE,
                    "no point of sampling.box satisfies sampling.where (none of " + TRIES
                            + " random points of the box); widen the box or relax the condition");
        }
    }

    /** True when the filter accepts one of the seeded random points of the box. */
    static boolean acceptsSomePoint(PointFilter filter, List<Interval> ranges) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] point = new double[ranges.size()];
        for (int n = 0; n < TRIES; n++) {
            for (int i = 0; i < point.length; i++) {
                Interval range = ranges.get(i);
                point[i] = range.min() + random.nextDouble() * range.width();
            }
            if (filter.accepts(point)) {
                return true;
            }
        }
        return false;
    }
}
