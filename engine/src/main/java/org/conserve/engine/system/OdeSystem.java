package org.conserve.engine.system;

import java.util.List;
import java.util.OptionalInt;

/**
 * An autonomous ODE {@code dz/dt = f(z)} with the box its phase space is sampled from.
 *
 * @param name          display name
 * @param description   longer description, "" when absent
 * @param variables     coordinate names in file order; index i is z_i
 * @param field         the compiled f
 * @param box           sampling box, one interval per variable in the same order
 * @param where         sampling condition ({@link PointFilter#ALL} when absent)
 * @param expectedCount expected number of independent laws, if stated
 * @param expectedLaws  expected conserved quantities H(z), in file order
 */
public record OdeSystem(
        String name,
        String description,
        List<String> variables,
        VectorField field,
        Box box,
        PointFilter where,
        OptionalInt expectedCount,
        List<NamedFunction> expectedLaws) implements DynamicalSystem {

    public OdeSystem {
        variables = List.copyOf(variables);
        expectedLaws = List.copyOf(expectedLaws);
        if (field.dimension() != variables.size() || box.dimension() != variables.size()) {
            throw new IllegalArgumentException("variables, field and box disagree on the dimension");
        }
    }

    public int dimension() {
        return variables.size();
    }
}
