package org.conserve.symbolic.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalInt;

import org.conserve.engine.neural.InductiveBias;
import org.conserve.symbolic.SourceProblem;
import org.conserve.symbolic.SymbolicException;
import org.junit.jupiter.api.Test;

/** The optional {@code neural} key: inductive biases of the ODE networks, and their mistakes with positions. */
class NeuralSectionTest {
    /** Two particles on a line joined by a spring; the neural key goes on line 11. */
    private static final String TWO_BODIES = "name: Two bodies\nkind: ode\nvariables: [x1, x2, p1, p2]\n"
            + "equations:\n  x1: p1\n  x2: p2\n  p1: x2 - x1\n  p2: x1 - x2\n"
            + "sampling:\n  box: {x1: [-1, 1], x2: [-1, 1], p1: [-1, 1], p2: [-1, 1]}\n";

    private static SystemDefinition parse(String neural) {
        return SystemFiles.parse("two.yaml", TWO_BODIES + neural + "\n");
    }

    private static List<String> problems(String neural) {
        SymbolicException e = assertThrows(SymbolicException.class, () -> parse(neural));
        return e.problems().stream().map(SourceProblem::format).toList();
    }

    @Test
    void readsBodiesAsVariableIndicesWithTheirPositions() {
        SystemDefinition definition = parse("neural: {bias: bodies, bodies: [[x1, p1], [x2, p2]], positions: 1,"
                + " expected: 2, networks: 3}");
        assertEquals(new InductiveBias.Bodies(List.of(List.of(0, 2), List.of(1, 3)), 1), definition.neural().bias());
        assertEquals(OptionalInt.of(2), definition.neural().expectedCount());
        assertEquals(OptionalInt.of(3), definition.neural().networks());
    }

    @Test
    void readsARadialBias() {
        SystemDefinition definition = parse("neural:\n  bias: radial\n  position: [x1, x2]");
        assertEquals(new InductiveBias.Radial(List.of(0, 1)), definition.neural().bias());
        assertEquals(OptionalInt.empty(), definition.neural().expectedCount());
    }

    @Test
    void noKeyMeansNoBias() {
        SystemDefinition definition = SystemFiles.parse("two.yaml", TWO_BODIES);
        assertFalse(definition.neural().hasBias());
        assertEquals("none", definition.neural().bias().name());
    }

    @Test
    void namesAnUndeclaredVariable() {
        assertEquals(List.of("two.yaml:11:48: 'q2' in neural is not a declared variable; declared: x1, x2, p1, p2"),
                problems("neural: {bias: bodies, bodies: [[x1, p1], [x2, q2]], positions: 1}"));
    }

    @Test
    void refusesBodiesOfDifferentSizes() {
        assertEquals(List.of("two.yaml:11:47: every body must have the same number of variables: this one has 1,"
                        + " the first (line 11) has 3"),
                problems("neural: {bias: bodies, bodies: [[x1, p1, p2], [x2]], positions: 1}"));
    }

    @Test
    void refusesAVariableInTwoBodies() {
        assertEquals(List.of("two.yaml:11:48: variable 'x1' is already in a body (line 11, column 34); every variable"
                        + " belongs to exactly one body"),
                problems("neural: {bias: bodies, bodies: [[x1, p1], [x2, x1]], positions: 1}"));
    }

    @Test
    void refusesAVariableInNoBody() {
        assertEquals(List.of("two.yaml:11:32: every variable must belong to a body; not in any: p1, p2"),
                problems("neural: {bias: bodies, bodies: [[x1], [x2]], positions: 1}"));
    }

    @Test
    void refusesUnknownBiasesKeysAndTooManyPositions() {
        assertEquals(List.of("two.yaml:11:16: neural.bias must be bodies, radial or none, found 'planets'"),
                problems("neural: {bias: planets}"));
        assertEquals(List.of("two.yaml:11:65: neural.positions must be at most the body size 2, found 3"),
                problems("neural: {bias: bodies, bodies: [[x1, p1], [x2, p2]], positions: 3}"));
        assertEquals(List.of("two.yaml:11:10: neural.bodies does not go with bias: radial"),
                problems("neural: {bodies: [[x1]], bias: radial, position: [x1]}"));
        assertEquals(List.of("two.yaml:11:9: missing key 'positions' in neural: positions: 2 (how many leading variables"
                        + " of each body are its position)"),
                problems("neural: {bias: bodies, bodies: [[x1, p1], [x2, p2]]}"));
    }
}
