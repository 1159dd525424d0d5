package org.conserve.symbolic.pde;

import java.util.Arrays;

/**
 * A product of jet coordinates, stored as an exponent vector over a {@link JetSpace}. Immutable and
 * thread-safe; the exponent array is never exposed.
 */
public final class JetMonomial {
    private final int[] exponents;
    private final int hash;

    JetMonomial(int[] exponents) {
        this.exponents = exponents;
        this.hash = Arrays.hashCode(exponents);
    }

    /** The monomial 1 in a space of the given size. */
    public static JetMonomial one(int size) {
        return new JetMonomial(new int[size]);
    }

    public int size() {
        return exponents.length;
    }

    public int exponent(int index) {
        return exponents[index];
    }

    public int degree() {
        int degree = 0;
        for (int e : exponents) {
            degree += e;
        }
        return degree;
    }

    /** The highest derivative order present, -1 for the constant monomial. */
    public int maxOrder(JetSpace space) {
        int max = -1;
        for (int i = 0; i < exponents.length; i++) {
            if (exponents[i] > 0) {
                max = Math.max(max, space.orderOf(i));
            }
        }
        return max;
    }

    /** This monomial times coordinate {@code index} raised to {@code power} (power may be negative). */
    public JetMonomial timesVariable(int index, int power) {
        int[] copy = exponents.clone();
        copy[index] += power;
        return new JetMonomial(copy);
    }

    /** This monomial with one factor u_i replaced by u_j (the step of a total derivative). */
    JetMonomial shift(int from, int to) {
        int[] copy = exponents.clone();
        copy[from]--;
        copy[to]++;
        return new JetMonomial(copy);
    }

    public JetMonomial times(JetMonomial other) {
        int[] product = exponents.clone();
        for (int i = 0; i < product.length; i++) {
            product[i] += other.exponents[i];
        }
        return new JetMonomial(product);
    }

    /** The same monomial written over another jet space with the same fields. */
    public JetMonomial embed(JetSpace from, JetSpace to) {
        int[] target = new int[to.size()];
        for (int i = 0; i < exponents.length; i++) {
            if (exponents[i] != 0) {
                target[to.index(from.fieldOf(i), from.orderOf(i))] = exponents[i];
            }
        }
        return new JetMonomial(target);
    }

    /** Lexicographic comparison of exponent vectors (a fixed, deterministic order). */
    int compareExponents(JetMonomial other) {
        return Arrays.compare(exponents, other.exponents);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JetMonomial m && hash == m.hash && Arrays.equals(exponents, m.exponents);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** {@code u^2*u_x} style text, {@code 1} for the constant monomial. */
    public String format(JetSpace space) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < exponents.length; i++) {
            if (exponents[i] == 0) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append('*');
            }
            text.append(space.name(i));
            if (exponents[i] > 1) {
                text.append('^').append(exponents[i]);
            }
        }
        return text.isEmpty() ? "1" : text.toString();
    }
}
