package org.conserve.symbolic.compile;

import java.util.List;

import org.conserve.symbolic.compile.Arithmetic.Difference;
import org.conserve.symbolic.compile.Arithmetic.LinearCombination;
import org.conserve.symbolic.compile.Arithmetic.Negation;
import org.conserve.symbolic.compile.Arithmetic.Product;
import org.conserve.symbolic.compile.Arithmetic.Product2;
import org.conserve.symbolic.compile.Arithmetic.Scaled;
import org.conserve.symbolic.compile.Arithmetic.Sum;
import org.conserve.symbolic.compile.Arithmetic.Sum2;
import org.conserve.symbolic.compile.Node.Constant;

/** Picks the cheapest node for a sum, a product or a scaling. */
final class SumShapes {
    private SumShapes() {
    }

    /** {@code offset + sum_i coefficients_i terms_i}. */
    static Node of(double offset, List<Double> coefficients, List<Node> terms) {
        if (terms.isEmpty()) {
            return new Constant(offset);
        }
        boolean unit = offset == 0 && coefficients.stream().allMatch(c -> c == 1 || c == -1);
        if (unit && terms.size() == 1) {
            return scaled(coefficients.get(0), terms.get(0));
        }
        if (unit && terms.size() == 2) {
            double first = coefficients.get(0);
            double second = coefficients.get(1);
            Node a = terms.get(0);
            Node b = terms.get(1);
            if (first == second) {
                return scaled(first, new Sum2(a, b));
            }
            return first > 0 ? new Difference(a, b) : new Difference(b, a);
        }
        if (unit && coefficients.stream().allMatch(c -> c == 1)) {
            return new Sum(terms.toArray(Node[]::new));
        }
        double[] weights = coefficients.stream().mapToDouble(Double::doubleValue).toArray();
        return new LinearCombination(offset, weights, terms.toArray(Node[]::new));
    }

    /** The product of the factors, or null when there are none. */
    static Node product(List<Node> factors) {
        return switch (factors.size()) {
            case 0 -> null;
            case 1 -> factors.get(0);
            case 2 -> new Product2(factors.get(0), factors.get(1));
            default -> new Product(factors.toArray(Node[]::new));
        };
    }

    /** {@code factor * node}. */
    static Node scaled(double factor, Node node) {
        if (factor == 1) {
            return node;
        }
        if (factor == -1) {
            return new Negation(node);
        }
        return new Scaled(factor, node);
    }
}
