package org.conserve.engine.system;

import java.util.List;
import java.util.OptionalInt;

/**
 * A system whose conservation laws Conserve looks for: an ODE on R^d or an evolution PDE on a
 * periodic interval. Instances are immutable.
 */
public sealed interface DynamicalSystem permits OdeSystem, PdeSystem {

    /** Display name, from the file's {@code name}. */
    String name();

    /** Optional longer description ("" when absent). */
    String description();

    /** The expected count of independent time-independent laws, when the file states it. */
    OptionalInt expectedCount();

    /** Expected laws (ODE: functions of the state; PDE: densities of the jet), possibly empty. */
    List<NamedFunction> expectedLaws();
}
