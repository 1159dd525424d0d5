package org.conserve.symbolic.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

class GradientsTest {
    private static final List<ISymbol> Z4 = Systems.symbols("q1", "q2", "p1", "p2");
    private static final Map<ISymbol, Integer> SLOTS4 = Systems.slots(Z4);

    @Test
    void gradientsMatchCentralDifferences() {
        List<IExpr> laws = List.of(
                Systems.keplerEnergy(Z4),
                Systems.henonHeilesEnergy(Z4),
                Systems.doublePendulumEnergy(Z4),
                F.Times(F.Abs(Z4.get(0)), F.Sech(Z4.get(1)), F.ArcTan(Z4.get(2), Z4.get(3))),
                F.Plus(F.Log(F.Plus(F.C2, F.Sin(Z4.get(0)))), F.Power(F.Plus(F.C3, Z4.get(1)), F.QQ(-5, 2))));
        double[][] points = SymjaOracle.points(5L, 25, 4, -1, 1);
        for (IExpr law : laws) {
            CompiledGradient gradient = Gradients.compile(law, Z4, SLOTS4);
            CompiledFunction h = ExpressionCompiler.compile(SymjaOracle.canonical(law), SLOTS4);
            double[] exact = new double[4];
            for (double[] point : points) {
                gradient.evaluate(point, exact);
                for (int i = 0; i < 4; i++) {
                    double estimate = centralDifference(h, point, i);
                    assertEquals(estimate, exact[i], 1e-7 * Math.max(1, Math.abs(estimate)), law + " d/d" + Z4.get(i));
                }
            }
        }
    }

    @Test
    void keplerEnergyIsOrthogonalToTheFlow() {
        assertLawVanishesAlongFlow(Systems.keplerEnergy(Z4), Systems.keplerField(Z4), Z4);
    }

    @Test
    void doublePendulumEnergyIsOrthogonalToTheFlow() {
        assertLawVanishesAlongFlow(Systems.doublePendulumEnergy(Z4), Systems.doublePendulumField(Z4), Z4);
    }

    @Test
    void threeBodyEnergyIsOrthogonalToTheFlow() {
        List<ISymbol> z = Systems.symbols("x1", "y1", "x2", "y2", "x3", "y3", "u1", "v1", "u2", "v2", "u3", "v3");
        assertLawVanishesAlongFlow(Systems.threeBodyEnergy(z), Systems.threeBodyField(z), z);
    }

    @Test
    void aLawThatIsNotConservedIsNotOrthogonal() {
        IExpr angularMomentumOfTheWrongSign = F.Plus(F.Times(Z4.get(0), Z4.get(3)), F.Times(Z4.get(1), Z4.get(2)));
        double[] ratios = orthogonality(angularMomentumOfTheWrongSign, Systems.keplerField(Z4), Z4);
        assertTrue(ratios[0] > 1e-3, "max |grad H . f| / (|grad H| |f|) = " + ratios[0]);
    }

    @Test
    void gradientSourceOfKeplerLawsMatchesTheSingleGradients() {
        IExpr angularMomentum = F.Subtract(F.Times(Z4.get(0), Z4.get(3)), F.Times(Z4.get(1), Z4.get(2)));
        List<IExpr> laws = List.of(Systems.keplerEnergy(Z4), angularMomentum);
        CompiledGradientSource source = Gradients.source(laws, Z4, SLOTS4);
        assertEquals(2, source.functionCount());
        assertEquals(4, source.dimension());
        double[][] points = SymjaOracle.points(31L, 10, 4, -1, 1);
        double[][][] gradients = new double[points.length][2][4];
        source.gradients(points, gradients);
        double[] single = new double[4];
        for (int i = 0; i < laws.size(); i++) {
            CompiledGradient gradient = Gradients.compile(laws.get(i), Z4, SLOTS4);
            for (int p = 0; p < points.length; p++) {
                gradient.evaluate(points[p], single);
                org.junit.jupiter.api.Assertions.assertArrayEquals(single, gradients[p][i], 0);
            }
        }
        double[] point = points[0];
        assertEquals(-point[1], gradients[0][1][2], 0);
        assertEquals(point[0], gradients[0][1][3], 0);
    }

    @Test
    void derivativeOfAbsIsSign() {
        IExpr h = F.Times(F.Abs(Z4.get(0)), Z4.get(1));
        CompiledGradient gradient = Gradients.compile(h, List.of(Z4.get(0)), SLOTS4);
        double[] out = new double[1];
        gradient.evaluate(new double[] {-0.5, 3, 0, 0}, out);
        assertEquals(-3, out[0], 0);
    }

    private static void assertLawVanishesAlongFlow(IExpr law, List<IExpr> field, List<ISymbol> z) {
        double[] ratios = orthogonality(law, field, z);
        assertTrue(ratios[0] < 1e-12, law + ": max |grad H . f| / (|grad H| |f|) = " + ratios[0]);
    }

    /** The largest |grad H . f| / (|grad H| |f|) over seeded points, in ratios[0]. */
    private static double[] orthogonality(IExpr law, List<IExpr> field, List<ISymbol> z) {
        Map<ISymbol, Integer> slots = Systems.slots(z);
        CompiledGradient gradient = Gradients.compile(law, z, slots);
        CompiledField f = ExpressionCompiler.compileField(SymjaOracle.canonical(field), slots);
        double[][] points = SymjaOracle.points(17L, 200, z.size(), -2, 2);
        double[] g = new double[z.size()];
        double[] rate = new double[z.size()];
        double worst = 0;
        for (double[] point : points) {
            gradient.evaluate(point, g);
            f.evaluate(point, rate);
            double dot = 0;
            double gg = 0;
            double ff = 0;
            for (int i = 0; i < g.length; i++) {
                dot += g[i] * rate[i];
                gg += g[i] * g[i];
                ff += rate[i] * rate[i];
            }
            worst = Math.max(worst, Math.abs(dot) / Math.sqrt(gg * ff));
        }
        return new double[] {worst};
    }

    private static double centralDifference(CompiledFunction h, double[] point, int i) {
        double step = 1e-5 * Math.max(1, Math.abs(point[i]));
        double[] shifted = point.clone();
        shifted[i] = point[i] + step;
        double up = h.value(shifted);
        shifted[i] = point[i] - step;
        double down = h.value(shifted);
        return (up - down) / (2 * step);
    }

    static List<ISymbol> concat(List<ISymbol> a, List<ISymbol> b) {
        List<ISymbol> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
