package org.conserve.engine.independence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;

class SingularValuesTest {

    @Test
    void matchesHipparchusOnRandomWideTallAndRankDeficientMatrices() {
        Random random = new Random(9);
        int[][] shapes = {{4, 4}, {3, 7}, {7, 3}, {18, 18}, {5, 2}};
        for (int[] shape : shapes) {
            int rows = shape[0];
            int columns = shape[1];
            double[][] a = new double[rows][columns];
            for (double[] row : a) {
                for (int k = 0; k < columns; k++) {
                    row[k] = random.nextGaussian();
                }
            }
            if (rows > 2) {
                for (int k = 0; k < columns; k++) {
                    a[rows - 1][k] = 2 * a[0][k] - a[1][k]; // rank deficient
                }
            }
            double[] ours = new double[rows];
            new SingularValues(rows, columns).compute(a, rows, columns, ours);
            RealMatrix matrix = MatrixUtils.createRealMatrix(a);
            double[] reference = new SingularValueDecomposition(matrix).getSingularValues();
            for (int k = 0; k < rows; k++) {
                double expected = k < reference.length ? reference[k] : 0.0;
                assertEquals(expected, ours[k], 1e-12 * (1 + reference[0]), rows + "x" + columns + " s" + k);
            }
        }
    }

    @Test
    void resolvesTinySingularValuesToHighRelativePrecision() {
        double tiny = 1e-13;
        double[][] a = {{1, 0, 0}, {0, tiny, 0}};
        double[][] rotated = {{a[0][0], a[0][1] + a[1][1], 0}, {a[0][0], a[0][1] - a[1][1], 0}};
        double[] values = new double[2];
        new SingularValues(2, 3).compute(rotated, 2, 3, values);
        assertEquals(Math.sqrt(2), values[0], 1e-15);
        assertEquals(Math.sqrt(2) * tiny, values[1], 1e-3 * tiny);
    }
}
