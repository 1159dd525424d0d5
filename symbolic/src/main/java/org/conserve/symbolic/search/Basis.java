package org.conserve.symbolic.search;

import java.util.ArrayList;
import java.util.List;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The candidate functions b_k(z) = z^a * B(z) of a law search: a monomial times an optional
 * building block. Evaluation reuses per-point buffers, so an instance is not thread-safe.
 */
final class Basis {
    /** One basis function: exponents over the state and a block index (-1 for none). */
    record Function(int[] exponents, int block) {
        int degree() {
            int degree = 0;
            for (int e : exponents) {
                degree += e;
            }
            return degree;
        }

        /** Degree with a block counting as one: the order laws are written in, simplest first. */
        int complexity() {
            return degree() + (block >= 0 ? 1 : 0);
        }
    }

    private final int dimension;
    private final int maxExponent;
    private final List<BuildingBlock> blocks;
    private final List<Function> functions;
    private final double[][] powers;
    private final double[] blockValues;
    private final double[][] blockGradients;

    Basis(int dimension, List<BuildingBlock> blocks, List<Function> functions) {
        this.dimension = dimension;
        this.blocks = List.copyOf(blocks);
        this.functions = List.copyOf(functions);
        int max = 0;
        for (Function b : functions) {
            for (int e : b.exponents()) {
                max = Math.max(max, e);
            }
        }
        this.maxExponent = max;
        this.powers = new double[dimension][max + 1];
        this.blockValues = new double[blocks.size()];
        this.blockGradients = new double[blocks.size()][dimension];
    }

    int size() {
        return functions.size();
    }

    int dimension() {
        return dimension;
    }

    Function function(int k) {
        return functions.get(k);
    }

    List<BuildingBlock> blocks() {
        return blocks;
    }

    /** Loads z; returns false when a block is not finite there (a point to skip). */
    boolean load(double[] z) {
        for (int i = 0; i < dimension; i++) {
            powers[i][0] = 1;
            for (int e = 1; e <= maxExponent; e++) {
                powers[i][e] = powers[i][e - 1] * z[i];
            }
        }
        for (int j = 0; j < blocks.size(); j++) {
            blockValues[j] = blocks.get(j).value(z);
            blocks.get(j).gradient(z, blockGradients[j]);
            if (!Double.isFinite(blockValues[j])) {
                return false;
            }
            for (double g : blockGradients[j]) {
                if (!Double.isFinite(g)) {
                    return false;
                }
            }
        }
        return true;
    }

    private double monomial(int[] exponents, int skip) {
        double value = 1;
        for (int i = 0; i < dimension; i++) {
            if (i != skip) {
                value *= powers[i][exponents[i]];
            }
        }
        return value;
    }

    /** b_k at the loaded point. */
    double value(int k) {
        Function b = functions.get(k);
        return monomial(b.exponents(), -1) * (b.block() >= 0 ? blockValues[b.block()] : 1);
    }

    /** Writes grad b_k at the loaded point into {@code out}. */
    void gradient(int k, double[] out) {
        Function b = functions.get(k);
        int[] a = b.exponents();
        double blockValue = b.block() >= 0 ? blockValues[b.block()] : 1;
        double monomialValue = b.block() >= 0 ? monomial(a, -1) : 0;
        for (int i = 0; i < dimension; i++) {
            double partial = a[i] == 0 ? 0 : a[i] * powers[i][a[i] - 1] * monomial(a, i);
            out[i] = partial * blockValue + (b.block() >= 0 ? monomialValue * blockGradients[b.block()][i] : 0);
        }
    }

    /** grad b_k . f at the loaded point, for every k, into {@code out}. */
    void derivativesAlong(double[] f, double[] scratch, double[] out) {
        for (int k = 0; k < functions.size(); k++) {
            gradient(k, scratch);
            double dot = 0;
            for (int i = 0; i < dimension; i++) {
                dot += scratch[i] * f[i];
            }
            out[k] = dot;
        }
    }

    /** b_k as a Symja expression. */
    IExpr expression(int k, List<ISymbol> variables) {
        Function b = functions.get(k);
        IASTAppendable product = F.TimesAlloc(dimension + 1);
        for (int i = 0; i < dimension; i++) {
            int e = b.exponents()[i];
            if (e > 0) {
                product.append(e == 1 ? variables.get(i) : F.Power(variables.get(i), F.ZZ(e)));
            }
        }
        if (b.block() >= 0) {
            product.append(blocks.get(b.block()).toExpression(variables));
        }
        return product.argSize() == 0 ? F.C1 : product.argSize() == 1 ? product.arg1() : product;
    }

    /** Every b_k as an expression, in basis order. */
    List<IExpr> expressions(List<ISymbol> variables) {
        List<IExpr> all = new ArrayList<>();
        for (int k = 0; k < functions.size(); k++) {
            all.add(expression(k, variables));
        }
        return all;
    }
}
