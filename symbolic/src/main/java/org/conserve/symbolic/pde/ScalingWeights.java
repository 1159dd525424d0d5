package org.conserve.symbolic.pde;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Scaling weights of an evolution system (Goktas and Hereman 1997): w(d/dx) = 1, a weight w_f per
 * field and w(d/dt), such that every term of F_f has weight w_f + w(d/dt). The weight of a monomial
 * is {@code sum e_{f,k} (w_f + k)}; its rank.
 *
 * <p>{@link #find} solves the linear system exactly. Weights left free by the system (linear
 * equations, NLS-like symmetries) are set to 1, as is usual in the literature. When the system has
 * no solution with positive field weights (an equation that is not scaling invariant) the result
 * is {@linkplain #uniform() non-uniform}: every field gets weight 1 and a density may mix ranks.
 *
 * @param fieldWeights w_f per field
 * @param timeWeight   w(d/dt); meaningful only when uniform
 * @param uniform      whether every equation is homogeneous under these weights
 */
public record ScalingWeights(List<Rational> fieldWeights, Rational timeWeight, boolean uniform) {
    public ScalingWeights {
        fieldWeights = List.copyOf(fieldWeights);
    }

    /** The weight of u_{field,order}: w_field + order. */
    public Rational weight(int field, int order) {
        return fieldWeights.get(field).add(Rational.of(order));
    }

    /** The rank of a monomial over {@code space}. */
    public Rational rank(JetMonomial monomial, JetSpace space) {
        Rational rank = Rational.ZERO;
        for (int i = 0; i < monomial.size(); i++) {
            int e = monomial.exponent(i);
            if (e > 0) {
                rank = rank.add(weight(space.fieldOf(i), space.orderOf(i)).multiply(e));
            }
        }
        return rank;
    }

    /** Solves for the weights of {@code equation}; see the class comment. */
    public static ScalingWeights find(EvolutionEquation equation) {
        JetSpace space = equation.space();
        int fields = space.fieldCount();
        int unknowns = fields + 1; // w_0..w_{m-1}, w_t
        List<Rational[]> rows = new ArrayList<>();
        for (int f = 0; f < fields; f++) {
            for (Map.Entry<JetMonomial, Rational> term : equation.rates().get(f).terms().entrySet()) {
                Rational[] row = new Rational[unknowns + 1];
                Arrays.fill(row, Rational.ZERO);
                long orders = 0;
                JetMonomial m = term.getKey();
                for (int i = 0; i < m.size(); i++) {
                    int e = m.exponent(i);
                    if (e > 0) {
                        row[space.fieldOf(i)] = row[space.fieldOf(i)].add(Rational.of(e));
                        orders += (long) e * space.orderOf(i);
                    }
                }
                row[f] = row[f].subtract(Rational.ONE);
                row[fields] = row[fields].subtract(Rational.ONE);
                row[unknowns] = Rational.of(-orders);
                rows.add(row);
            }
        }
        RationalMatrix system = RationalMatrix.ofRows(rows, unknowns + 1);
        List<Integer> pivots = system.reduceToEchelonForm();
        if (pivots.contains(unknowns)) {
            return nonUniform(fields);
        }
        Rational[] solution = new Rational[unknowns];
        Arrays.fill(solution, Rational.ONE); // free weights are set to 1
        for (int r = pivots.size() - 1; r >= 0; r--) {
            int pivot = pivots.get(r);
            Rational value = system.get(r, unknowns);
            for (int c = pivot + 1; c < unknowns; c++) {
                value = value.subtract(system.get(r, c).multiply(solution[c]));
            }
            solution[pivot] = value;
        }
        List<Rational> fieldWeights = Arrays.asList(solution).subList(0, fields);
        for (Rational w : fieldWeights) {
            if (w.signum() <= 0) {
                return nonUniform(fields);
            }
        }
        return new ScalingWeights(fieldWeights, solution[fields], true);
    }

    private static ScalingWeights nonUniform(int fields) {
        return new ScalingWeights(java.util.Collections.nCopies(fields, Rational.ONE), Rational.ZERO, false);
    }
}
