package org.conserve.symbolic.pde;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A differential polynomial: a finite sum of rational multiples of {@link JetMonomial}s over a
 * {@link JetSpace}, with the total x-derivative D_x, the Euler operator and the time derivative
 * along an evolution equation. Immutable and thread-safe.
 *
 * <p>D_x u_{f,k} = u_{f,k+1}, extended as a derivation. The Euler operator (variational derivative)
 * of field f is {@code E_f(g) = sum_k (-D_x)^k dg/du_{f,k}}; {@code E(g) = 0} for every field exactly
 * when g is a total x-derivative.
 */
public final class JetPolynomial {
    private final JetSpace space;
    private final Map<JetMonomial, Rational> terms;

    private JetPolynomial(JetSpace space, Map<JetMonomial, Rational> terms) {
        this.space = space;
        this.terms = terms;
    }

    public static JetPolynomial zero(JetSpace space) {
        return new JetPolynomial(space, Map.of());
    }

    public static JetPolynomial constant(JetSpace space, Rational value) {
        return monomial(space, JetMonomial.one(space.size()), value);
    }

    /** The coordinate u_{field,order}. */
    public static JetPolynomial variable(JetSpace space, int field, int order) {
        return monomial(space, JetMonomial.one(space.size()).timesVariable(space.index(field, order), 1), Rational.ONE);
    }

    public static JetPolynomial monomial(JetSpace space, JetMonomial monomial, Rational coefficient) {
        if (monomial.size() != space.size()) {
            throw new IllegalArgumentException("monomial does not belong to this jet space");
        }
        return coefficient.isZero() ? zero(space) : new JetPolynomial(space, Map.of(monomial, coefficient));
    }

    public JetSpace space() {
        return space;
    }

    /** The terms, monomial to non-zero coefficient (unmodifiable). */
    public Map<JetMonomial, Rational> terms() {
        return Collections.unmodifiableMap(terms);
    }

    public boolean isZero() {
        return terms.isEmpty();
    }

    public Rational coefficient(JetMonomial monomial) {
        return terms.getOrDefault(monomial, Rational.ZERO);
    }

    public JetPolynomial plus(JetPolynomial other) {
        Accumulator sum = new Accumulator(space);
        sum.add(this, Rational.ONE);
        sum.add(other, Rational.ONE);
        return sum.result();
    }

    public JetPolynomial minus(JetPolynomial other) {
        Accumulator sum = new Accumulator(space);
        sum.add(this, Rational.ONE);
        sum.add(other, Rational.ONE.negate());
        return sum.result();
    }

    public JetPolynomial times(Rational factor) {
        Accumulator product = new Accumulator(space);
        product.add(this, factor);
        return product.result();
    }

    public JetPolynomial times(JetPolynomial other) {
        Accumulator product = new Accumulator(space);
        for (Map.Entry<JetMonomial, Rational> a : terms.entrySet()) {
            for (Map.Entry<JetMonomial, Rational> b : other.terms.entrySet()) {
                product.add(a.getKey().times(b.getKey()), a.getValue().multiply(b.getValue()));
            }
        }
        return product.result();
    }

    public JetPolynomial power(int exponent) {
        if (exponent < 0) {
            throw new IllegalArgumentException("negative power of a polynomial");
        }
        JetPolynomial result = constant(space, Rational.ONE);
        for (int i = 0; i < exponent; i++) {
            result = result.times(this);
        }
        return result;
    }

    /** d/du_i of this polynomial, coordinate i of the jet space. */
    public JetPolynomial partial(int index) {
        Accumulator derivative = new Accumulator(space);
        for (Map.Entry<JetMonomial, Rational> term : terms.entrySet()) {
            int e = term.getKey().exponent(index);
            if (e > 0) {
                derivative.add(term.getKey().timesVariable(index, -1), term.getValue().multiply(e));
            }
        }
        return derivative.result();
    }

    /** D_x: every factor u_{f,k} in turn becomes u_{f,k+1}. */
    public JetPolynomial totalDerivative() {
        Accumulator derivative = new Accumulator(space);
        for (Map.Entry<JetMonomial, Rational> term : terms.entrySet()) {
            JetMonomial m = term.getKey();
            for (int i = 0; i < m.size(); i++) {
                int e = m.exponent(i);
                if (e > 0) {
                    int next = space.index(space.fieldOf(i), space.orderOf(i) + 1);
                    derivative.add(m.shift(i, next), term.getValue().multiply(e));
                }
            }
        }
        return derivative.result();
    }

    /** D_x applied {@code times} times. */
    public JetPolynomial totalDerivative(int times) {
        JetPolynomial result = this;
        for (int i = 0; i < times; i++) {
            result = result.totalDerivative();
        }
        return result;
    }

    /**
     * The Euler operator of one field, evaluated Horner-style:
     * {@code P_0 - D(P_1 - D(P_2 - ...))} with {@code P_k = d/du_{field,k}}.
     */
    public JetPolynomial euler(int field) {
        int highest = -1;
        for (JetMonomial m : terms.keySet()) {
            for (int k = 0; k <= space.maxOrder(); k++) {
                if (m.exponent(space.index(field, k)) > 0) {
                    highest = Math.max(highest, k);
                }
            }
        }
        JetPolynomial result = zero(space);
        for (int k = highest; k >= 0; k--) {
            result = partial(space.index(field, k)).minus(result.totalDerivative());
        }
        return result;
    }

    /**
     * D_t of this polynomial when every field evolves by u_f,t = rates.get(f):
     * {@code sum_{f,k} dh/du_{f,k} * D_x^k rates_f}. {@code derivativesOfRates.get(f).get(k)} must
     * hold D_x^k of rate f for every k this polynomial needs.
     */
    public JetPolynomial timeDerivative(List<List<JetPolynomial>> derivativesOfRates) {
        JetPolynomial result = zero(space);
        for (int i = 0; i < space.size(); i++) {
            JetPolynomial partial = partial(i);
            if (!partial.isZero()) {
                result = result.plus(partial.times(derivativesOfRates.get(space.fieldOf(i)).get(space.orderOf(i))));
            }
        }
        return result;
    }

    /** The same polynomial over another space with the same fields. */
    public JetPolynomial embed(JetSpace target) {
        Accumulator result = new Accumulator(target);
        for (Map.Entry<JetMonomial, Rational> term : terms.entrySet()) {
            result.add(term.getKey().embed(space, target), term.getValue());
        }
        return result.result();
    }

    /** The highest derivative order present, -1 for a constant. */
    public int maxOrder() {
        int max = -1;
        for (JetMonomial m : terms.keySet()) {
            max = Math.max(max, m.maxOrder(space));
        }
        return max;
    }

    /** The monomials in a fixed deterministic order. */
    public List<JetMonomial> sortedMonomials() {
        List<JetMonomial> sorted = new ArrayList<>(terms.keySet());
        sorted.sort((a, b) -> -a.compareExponents(b));
        return sorted;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JetPolynomial p && space.equals(p.space) && terms.equals(p.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    /** Readable text such as {@code u^3 + 1/2*u_x^2}. */
    @Override
    public String toString() {
        if (terms.isEmpty()) {
            return "0";
        }
        StringBuilder text = new StringBuilder();
        for (JetMonomial m : sortedMonomials()) {
            Rational c = terms.get(m);
            boolean negative = c.signum() < 0;
            Rational magnitude = negative ? c.negate() : c;
            if (text.isEmpty()) {
                text.append(negative ? "-" : "");
            } else {
                text.append(negative ? " - " : " + ");
            }
            boolean constant = m.degree() == 0;
            if (!magnitude.equals(Rational.ONE) || constant) {
                text.append(magnitude);
                if (!constant) {
                    text.append('*');
                }
            }
            if (!constant) {
                text.append(m.format(space));
            }
        }
        return text.toString();
    }

    /** Mutable sum used while building one result; not shared. */
    static final class Accumulator {
        private final JetSpace space;
        private final Map<JetMonomial, Rational> terms = new HashMap<>();

        Accumulator(JetSpace space) {
            this.space = space;
        }

        void add(JetMonomial monomial, Rational coefficient) {
            if (!coefficient.isZero()) {
                terms.merge(monomial, coefficient, Rational::add);
            }
        }

        void add(JetPolynomial polynomial, Rational factor) {
            for (Map.Entry<JetMonomial, Rational> term : polynomial.terms.entrySet()) {
                add(term.getKey(), term.getValue().multiply(factor));
            }
        }

        JetPolynomial result() {
            terms.values().removeIf(Rational::isZero);
            return new JetPolynomial(space, terms);
        }
    }
}
