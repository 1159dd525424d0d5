package org.conserve.symbolic.file;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

import org.conserve.engine.system.Interval;
import org.conserve.symbolic.expr.ParsedExpression;

/** Where the phase space of a system is sampled: a box for an ODE, random smooth states for a PDE. */
public sealed interface Sampling permits Sampling.Box, Sampling.States {

    /**
     * ODE sampling: uniform in a box, optionally filtered.
     *
     * @param ranges one range per variable, in variable order
     * @param where  the condition a sampled point must satisfy, if any
     * @param points the default sample size, if the file gives one
     */
    record Box(List<Interval> ranges, Optional<ParsedExpression> where, OptionalInt points) implements Sampling {
        public Box {
            ranges = List.copyOf(ranges);
        }

        Box map(UnaryOperator<ParsedExpression> f) {
            return new Box(ranges, where.map(f), points);
        }
    }

    /**
     * PDE sampling: random smooth periodic states, each a sum of low Fourier modes.
     *
     * @param states    how many random states
     * @param modes     random Fourier modes per state (wavenumbers 1..modes)
     * @param amplitude typical size of a state
     */
    record States(int states, int modes, double amplitude) implements Sampling {
        /** Used where the file gives no {@code sampling}, or leaves a key out. */
        public static final States DEFAULT = new States(256, 4, 1.0);
    }
}
