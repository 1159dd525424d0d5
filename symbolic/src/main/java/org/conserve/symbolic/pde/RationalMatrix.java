package org.conserve.symbolic.pde;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A dense matrix of {@link Rational}s with exact row reduction. Mutable; not thread-safe.
 */
public final class RationalMatrix {
    private final Rational[][] entries;
    private final int columns;

    public RationalMatrix(int rows, int columns) {
        this.columns = columns;
        this.entries = new Rational[rows][columns];
        for (Rational[] row : entries) {
            Arrays.fill(row, Rational.ZERO);
        }
    }

    public int rows() {
        return entries.length;
    }

    public int columns() {
        return columns;
    }

    public Rational get(int row, int column) {
        return entries[row][column];
    }

    public void set(int row, int column, Rational value) {
        entries[row][column] = value;
    }

    /**
     * Brings the matrix to reduced row echelon form in place, scanning columns left to right.
     *
     * @return the pivot column of each non-zero row, in row order
     */
    public List<Integer> reduceToEchelonForm() {
        List<Integer> pivots = new ArrayList<>();
        int row = 0;
        for (int column = 0; column < columns && row < entries.length; column++) {
            int found = -1;
            for (int r = row; r < entries.length; r++) {
                if (!entries[r][column].isZero()) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            Rational[] swap = entries[found];
            entries[found] = entries[row];
            entries[row] = swap;
            Rational inverse = Rational.ONE.divide(entries[row][column]);
            for (int c = column; c < columns; c++) {
                entries[row][c] = entries[row][c].multiply(inverse);
            }
            for (int r = 0; r < entries.length; r++) {
                Rational factor = entries[r][column];
                if (r != row && !factor.isZero()) {
                    for (int c = column; c < columns; c++) {
                        if (!entries[row][c].isZero()) {
                            entries[r][c] = entries[r][c].subtract(factor.multiply(entries[row][c]));
                        }
                    }
                }
            }
            pivots.add(column);
            row++;
        }
        return pivots;
    }

    /**
     * A basis of {x : A x = 0}, one vector per free column (the free column's entry is 1). The
     * matrix is reduced in place.
     */
    public List<Rational[]> nullSpace() {
        List<Integer> pivots = reduceToEchelonForm();
        boolean[] isPivot = new boolean[columns];
        for (int p : pivots) {
            isPivot[p] = true;
        }
        List<Rational[]> basis = new ArrayList<>();
        for (int free = 0; free < columns; free++) {
            if (isPivot[free]) {
                continue;
            }
            Rational[] vector = new Rational[columns];
            Arrays.fill(vector, Rational.ZERO);
            vector[free] = Rational.ONE;
            for (int r = 0; r < pivots.size(); r++) {
                vector[pivots.get(r)] = entries[r][free].negate();
            }
            basis.add(vector);
        }
        return basis;
    }

    /** The given vectors as the rows of a matrix. */
    public static RationalMatrix ofRows(List<Rational[]> rows, int columns) {
        RationalMatrix matrix = new RationalMatrix(rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            matrix.entries[r] = rows.get(r).clone();
        }
        return matrix;
    }

    /** Row r as a fresh array. */
    public Rational[] row(int r) {
        return entries[r].clone();
    }
}
