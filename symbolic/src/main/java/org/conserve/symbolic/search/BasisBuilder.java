package org.conserve.symbolic.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IRational;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Builds the candidate basis of a law search from the system itself: every monomial of degree 1
 * to D in the state, plus each building block found in the equations times the monomials of degree
 * 0 to max(0, D - 2).
 *
 * <p>Blocks: for every power {@code S^e} in f with S a sum of squares of linear forms and e not a
 * non-negative integer, the block {@code S^(e+1)} (the potential whose gradient gives such a force:
 * 1/r for a 1/r^3 force); for every sin or cos of a linear form, both sin and cos of it; for every
 * exp of a linear form, that exp; and log z_i for a variable that stays positive inside the box and
 * whose rate vanishes at z_i = 0 (Lotka-Volterra, SIR). The system file may add more as hints
 * ({@link #withHints}).
 */
final class BasisBuilder {

    private BasisBuilder() {
    }

    /**
     * The building blocks of the system, in order of first appearance; {@code positive[i]} tells
     * whether z_i stays positive inside the box (its lower end is at least 0). Symja thread only.
     */
    static List<BuildingBlock> blocksOf(List<IExpr> rates, List<ISymbol> variables, boolean[] positive) {
        Set<BuildingBlock> found = new LinkedHashSet<>();
        for (IExpr rate : rates) {
            collect(rate, variables, found);
        }
        EvalEngine engine = EvalEngine.get();
        for (int i = 0; i < variables.size(); i++) {
            if (positive[i] && !rates.get(i).isZero()
                    && engine.evaluate(F.Together(rates.get(i).subs(variables.get(i), F.C0))).isZero()) {
                found.add(new LogBlock(i));
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * {@code found} followed by a block for each hint that is not already one of them (hints are
     * expressions over {@code variables}). Symja thread only.
     */
    static List<BuildingBlock> withHints(List<BuildingBlock> found, List<IExpr> hints, List<ISymbol> variables) {
        EvalEngine engine = EvalEngine.get();
        List<BuildingBlock> all = new ArrayList<>(found);
        for (IExpr hint : hints) {
            IExpr value = engine.evaluate(hint);
            boolean known = all.stream()
                    .anyMatch(b -> engine.evaluate(F.Subtract(b.toExpression(variables), value)).isZero());
            if (!known) {
                all.add(HintBlock.of(value, variables));
            }
        }
        return all;
    }

    private static void collect(IExpr e, List<ISymbol> variables, Set<BuildingBlock> found) {
        if (e.isPower() && e.exponent().isRational()) {
            IRational exponent = (IRational) e.exponent();
            boolean polynomialPower = exponent.isInteger() && exponent.isNonNegativeResult();
            Optional<List<LinearForm>> squares = squaresOf(e.base(), variables);
            if (!polynomialPower && squares.isPresent()) {
                long num = exponent.toBigNumerator().longValueExact();
                long den = exponent.toBigDenominator().longValueExact();
                long shifted = num + den; // e + 1 = (num + den) / den
                if (shifted != 0) {
                    long gcd = java.math.BigInteger.valueOf(shifted).gcd(java.math.BigInteger.valueOf(den)).longValue();
                    found.add(new SquareSumPower(squares.get(), shifted / gcd, den / gcd));
                }
            }
        }
        if ((e.isSin() || e.isCos()) && e.argSize() == 1) {
            LinearForm.of(e.first(), variables).ifPresent(angle -> {
                found.add(new TrigBlock(angle, false));
                found.add(new TrigBlock(angle, true));
            });
        }
        if (e.isExp() && e.argSize() == 2) {
            LinearForm.of(e.exponent(), variables).ifPresent(exponent -> found.add(new ExpBlock(exponent)));
        }
        if (e.isAST()) {
            for (int i = 1; i <= e.argSize(); i++) {
                collect(e.getAt(i), variables, found);
            }
        }
    }

    /** S = sum of L_l^2 (each with coefficient 1), or empty. */
    private static Optional<List<LinearForm>> squaresOf(IExpr base, List<ISymbol> variables) {
        List<IExpr> terms = new ArrayList<>();
        if (base.isPlus()) {
            for (int i = 1; i <= base.argSize(); i++) {
                terms.add(base.getAt(i));
            }
        } else {
            terms.add(base);
        }
        List<LinearForm> squares = new ArrayList<>();
        for (IExpr term : terms) {
            if (!(term.isPower() && term.exponent().isInteger() && term.exponent().toIntDefault() == 2)) {
                return Optional.empty();
            }
            Optional<LinearForm> form = LinearForm.of(term.base(), variables);
            if (form.isEmpty()) {
                return Optional.empty();
            }
            squares.add(form.get().oriented());
        }
        squares.sort(LinearForm::compare);
        return Optional.of(squares);
    }

    /** The basis of degree {@code degree}, simplest functions first. */
    static Basis build(int dimension, List<BuildingBlock> blocks, int degree) {
        List<Basis.Function> functions = new ArrayList<>();
        for (int g = 1; g <= degree; g++) {
            for (int[] exponents : monomials(dimension, g)) {
                functions.add(new Basis.Function(exponents, -1));
            }
        }
        for (int j = 0; j < blocks.size(); j++) {
            for (int g = 0; g <= Math.max(0, degree - 2); g++) {
                for (int[] exponents : monomials(dimension, g)) {
                    functions.add(new Basis.Function(exponents, j));
                }
            }
        }
        // Within a complexity: functions with a block first, so that they lead the laws that need them
        // and polynomial laws (S + I + R beside a log law) stay free of blocks in the reduced echelon
        // basis; then functions of more distinct variables first, so that products of lower laws
        // (P_x^2 = sum of squares + cross terms) take cross terms as leading terms and laws made of
        // squares (energies) keep their textbook form.
        functions.sort(Comparator.comparingInt(Basis.Function::complexity)
                .thenComparing(f -> f.block() < 0)
                .thenComparing(Comparator.comparingInt(BasisBuilder::distinctVariables).reversed()));
        return new Basis(dimension, blocks, functions);
    }

    private static int distinctVariables(Basis.Function function) {
        int count = 0;
        for (int e : function.exponents()) {
            if (e > 0) {
                count++;
            }
        }
        return count;
    }

    /** How many functions {@link #build} would make, without making them. */
    static long size(int dimension, int blocks, int degree) {
        long size = 0;
        for (int g = 1; g <= degree; g++) {
            size += binomial(dimension + g - 1, g);
        }
        for (int g = 0; g <= Math.max(0, degree - 2); g++) {
            size += blocks * binomial(dimension + g - 1, g);
        }
        return size;
    }

    private static long binomial(int n, int k) {
        long result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }

    /** Exponent vectors of total degree g, lexicographically descending (x^2 before x*y). */
    static List<int[]> monomials(int dimension, int g) {
        List<int[]> out = new ArrayList<>();
        fill(new int[dimension], 0, g, out);
        return out;
    }

    private static void fill(int[] current, int index, int remaining, List<int[]> out) {
        if (index == current.length - 1) {
            current[index] = remaining;
            out.add(Arrays.copyOf(current, current.length));
            return;
        }
        for (int e = remaining; e >= 0; e--) {
            current[index] = e;
            fill(current, index + 1, remaining - e, out);
        }
    }
}
