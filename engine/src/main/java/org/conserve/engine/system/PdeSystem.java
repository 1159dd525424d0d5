package org.conserve.engine.system;

import java.util.List;
import java.util.OptionalInt;

/**
 * An evolution PDE {@code u_t = F(u, u_x, ...)} for one or more real fields on a periodic interval.
 *
 * <p>{@code linear[target][source][order]} is the constant coefficient of the x-derivative of the
 * given order of field {@code source} in the equation of field {@code target}: the linearisation of F
 * at the zero state. Pseudo-spectral integrators treat that part exactly (integrating factor) and the
 * remainder {@code F - linear} explicitly; any split is exact, this one removes the stiffness.
 *
 * @param name            display name
 * @param description     longer description, "" when absent
 * @param jet             layout of the jet the rate and the densities read
 * @param grid            the periodic space grid
 * @param rate            the compiled F
 * @param linear          the linear constant-coefficient part of F, [fields][fields][maxOrder + 1]
 * @param densityFeatures indices into the jet a conserved density may depend on, in file order
 * @param expectedCount   expected number of independent non-trivial densities, if stated
 * @param expectedLaws    expected densities h(jet), in file order
 */
public record PdeSystem(
        String name,
        String description,
        Jet jet,
        PeriodicGrid grid,
        LocalRate rate,
        double[][][] linear,
        List<Integer> densityFeatures,
        OptionalInt expectedCount,
        List<NamedFunction> expectedLaws) implements DynamicalSystem {

    public PdeSystem {
        densityFeatures = List.copyOf(densityFeatures);
        expectedLaws = List.copyOf(expectedLaws);
        int fields = jet.fields().size();
        if (linear.length != fields) {
            throw new IllegalArgumentException("linear part needs one row per field");
        }
    }

    public List<String> fields() {
        return jet.fields();
    }
}
