package org.conserve.engine.neural;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;

/**
 * The structure imposed on every conserved-quantity network H_j (AI Poincare 2.0's inductive biases).
 * Variables are named by their index in the system's order.
 * <ul>
 *   <li>{@link None}: H_j is an MLP of all d variables.</li>
 *   <li>{@link Bodies}: {@code H_j(z) = sum_i K_j(body_i) + sum_{i<k} V_j(|pos_i - pos_k|)} with one
 *       per-body network K_j and one pair network V_j shared by all bodies and pairs (N bodies).
 *       Every variable belongs to exactly one body; all bodies have the same size, and the first
 *       {@code positions} coordinates of each are its position.</li>
 *   <li>{@link Radial}: {@code H_j(z) = K_j(z) + V_j(|position|)} for central forces.</li>
 * </ul>
 * A bias restricts what can be learned: laws that are not of its form (for the N-body problem the
 * angular momentum of the centre of mass's motion, {@code X P_y - Y P_x}) are not counted.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface InductiveBias {
    /** No bias: plain MLPs. */
    InductiveBias NONE = new None();

    /** "none", "bodies" or "radial" (the system file's {@code neural.bias}). */
    String name();

    /** A one-line description for reports, e.g. "bodies: 3 bodies of 4 variables, 3 pair distances". */
    String describe();

    /**
     * The additive layout on {@code dimension} variables, or null for {@link None}.
     *
     * @throws EngineException INVALID_ARGUMENT when the bias does not fit the dimension
     */
    AdditiveLayout layout(int dimension);

    /** Plain MLPs of all variables. */
    record None() implements InductiveBias {
        @Override
        public String name() {
            return "none";
        }

        @Override
        public String describe() {
            return "none (one MLP of all variables per network)";
        }

        @Override
        public AdditiveLayout layout(int dimension) {
            return null;
        }
    }

    /**
     * Additive over bodies with pairwise-distance terms.
     *
     * @param bodies    each body's variable indices, in the order its network reads them
     * @param positions how many leading coordinates of each body are its position (used for r_ik)
     */
    record Bodies(List<List<Integer>> bodies, int positions) implements InductiveBias {
        public Bodies {
            bodies = bodies.stream().map(List::copyOf).toList();
            if (bodies.size() < 2) {
                throw invalid("an N-body bias needs at least 2 bodies, got " + bodies.size());
            }
            int size = bodies.get(0).size();
            for (List<Integer> body : bodies) {
                if (body.size() != size) {
                    throw invalid("all bodies must have the same number of variables, got " + body.size()
                            + " and " + size);
                }
            }
            if (positions < 1 || positions > size) {
                throw invalid("positions must be between 1 and the body size " + size + ", got " + positions);
            }
        }

        @Override
        public String name() {
            return "bodies";
        }

        @Override
        public String describe() {
            int pairs = bodies.size() * (bodies.size() - 1) / 2;
            return "bodies: " + bodies.size() + " bodies of " + bodies.get(0).size() + " variables (shared K), "
                    + pairs + " pair distances of " + positions + "-dimensional positions (shared V)";
        }

        @Override
        public AdditiveLayout layout(int dimension) {
            int size = bodies.get(0).size();
            int[] order = new int[dimension];
            Set<Integer> seen = new HashSet<>();
            int slot = 0;
            for (List<Integer> body : bodies) {
                for (int variable : body) {
                    if (variable < 0 || variable >= dimension) {
                        throw invalid("variable index " + variable + " is outside 0.." + (dimension - 1));
                    }
                    if (!seen.add(variable) || slot >= dimension) {
                        throw invalid("variable " + variable + " is in two bodies");
                    }
                    order[slot++] = variable;
                }
            }
            if (slot != dimension) {
                throw invalid("the bodies hold " + slot + " variables, the system has " + dimension
                        + "; every variable must belong to exactly one body");
            }
            List<int[]> left = new ArrayList<>();
            List<int[]> right = new ArrayList<>();
            for (int i = 0; i < bodies.size(); i++) {
                for (int k = i + 1; k < bodies.size(); k++) {
                    left.add(range(i * size, positions));
                    right.add(range(k * size, positions));
                }
            }
            return new AdditiveLayout(order, bodies.size(), size, left.toArray(int[][]::new),
                    right.toArray(int[][]::new));
        }
    }

    /**
     * A full network of all variables plus a network of the distance from the origin.
     *
     * @param position the indices of the position's coordinates
     */
    record Radial(List<Integer> position) implements InductiveBias {
        public Radial {
            position = List.copyOf(position);
            if (position.isEmpty() || new HashSet<>(position).size() != position.size()) {
                throw invalid("a radial bias needs distinct position coordinates, got " + position);
            }
        }

        @Override
        public String name() {
            return "radial";
        }

        @Override
        public String describe() {
            return "radial: K(all variables) + V(|position|) with a " + position.size() + "-dimensional position";
        }

        @Override
        public AdditiveLayout layout(int dimension) {
            int[] order = new int[dimension];
            for (int k = 0; k < dimension; k++) {
                order[k] = k;
            }
            int[] left = position.stream().mapToInt(Integer::intValue).toArray();
            for (int variable : left) {
                if (variable < 0 || variable >= dimension) {
                    throw invalid("variable index " + variable + " is outside 0.." + (dimension - 1));
                }
            }
            return new AdditiveLayout(order, 1, dimension, new int[][] {left}, new int[][] {null});
        }
    }

    private static int[] range(int start, int length) {
        int[] indices = new int[length];
        for (int k = 0; k < length; k++) {
            indices[k] = start + k;
        }
        return indices;
    }

    private static EngineException invalid(String message) {
        return new EngineException(EngineError.INVALID_ARGUMENT, "inductive bias: " + message, "bias");
    }
}
