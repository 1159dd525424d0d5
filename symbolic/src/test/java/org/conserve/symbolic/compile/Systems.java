package org.conserve.symbolic.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** Right-hand sides and laws of known systems, built with Symja's F, for the compiler's tests. */
final class Systems {
    private Systems() {
    }

    static List<ISymbol> symbols(String... names) {
        List<ISymbol> symbols = new ArrayList<>();
        for (String name : names) {
            symbols.add(F.symbol("c" + name));
        }
        return symbols;
    }

    static Map<ISymbol, Integer> slots(List<ISymbol> symbols) {
        Map<ISymbol, Integer> slots = new LinkedHashMap<>();
        for (int i = 0; i < symbols.size(); i++) {
            slots.put(symbols.get(i), i);
        }
        return slots;
    }

    /** Kepler, z = (x, y, px, py), k = 1: f = (px, py, -x/r^3, -y/r^3). */
    static List<IExpr> keplerField(List<ISymbol> z) {
        IExpr r3 = F.Power(F.Plus(F.Sqr(z.get(0)), F.Sqr(z.get(1))), F.QQ(3, 2));
        return List.of(z.get(2), z.get(3), F.Negate(F.Divide(z.get(0), r3)), F.Negate(F.Divide(z.get(1), r3)));
    }

    /** Kepler energy (px^2 + py^2)/2 - 1/r. */
    static IExpr keplerEnergy(List<ISymbol> z) {
        return F.Subtract(F.Times(F.C1D2, F.Plus(F.Sqr(z.get(2)), F.Sqr(z.get(3)))),
                F.Power(F.Plus(F.Sqr(z.get(0)), F.Sqr(z.get(1))), F.CN1D2));
    }

    /** Planar gravitational 3 bodies, unit masses and G = 1: z = (x1, y1, x2, y2, x3, y3, then momenta). */
    static List<IExpr> threeBodyField(List<ISymbol> z) {
        List<IExpr> f = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            f.add(z.get(6 + i));
        }
        for (int body = 0; body < 3; body++) {
            for (int axis = 0; axis < 2; axis++) {
                List<IExpr> pulls = new ArrayList<>();
                for (int other = 0; other < 3; other++) {
                    if (other != body) {
                        pulls.add(F.Divide(F.Subtract(z.get(2 * other + axis), z.get(2 * body + axis)),
                                F.Power(distanceSquared(z, body, other), F.QQ(3, 2))));
                    }
                }
                f.add(F.Plus(pulls.toArray(IExpr[]::new)));
            }
        }
        return f;
    }

    static IExpr threeBodyEnergy(List<ISymbol> z) {
        List<IExpr> terms = new ArrayList<>();
        for (int i = 6; i < 12; i++) {
            terms.add(F.Times(F.C1D2, F.Sqr(z.get(i))));
        }
        for (int a = 0; a < 3; a++) {
            for (int b = a + 1; b < 3; b++) {
                terms.add(F.Negate(F.Power(distanceSquared(z, a, b), F.CN1D2)));
            }
        }
        return F.Plus(terms.toArray(IExpr[]::new));
    }

    private static IExpr distanceSquared(List<ISymbol> z, int a, int b) {
        return F.Plus(F.Sqr(F.Subtract(z.get(2 * a), z.get(2 * b))), F.Sqr(F.Subtract(z.get(2 * a + 1), z.get(2 * b + 1))));
    }

    /** Henon-Heiles, z = (x, y, px, py). */
    static List<IExpr> henonHeilesField(List<ISymbol> z) {
        IExpr x = z.get(0);
        IExpr y = z.get(1);
        return List.of(z.get(2), z.get(3),
                F.Subtract(F.Negate(x), F.Times(F.C2, x, y)),
                F.Plus(F.Negate(y), F.Negate(F.Sqr(x)), F.Sqr(y)));
    }

    static IExpr henonHeilesEnergy(List<ISymbol> z) {
        IExpr x = z.get(0);
        IExpr y = z.get(1);
        return F.Plus(F.Times(F.C1D2, F.Plus(F.Sqr(z.get(2)), F.Sqr(z.get(3)), F.Sqr(x), F.Sqr(y))),
                F.Times(F.Sqr(x), y), F.Times(F.QQ(-1, 3), F.Power(y, F.C3)));
    }

    /** Double pendulum, unit masses, lengths and g: z = (t1, t2, p1, p2). */
    static List<IExpr> doublePendulumField(List<ISymbol> z) {
        IExpr t1 = z.get(0);
        IExpr t2 = z.get(1);
        IExpr p1 = z.get(2);
        IExpr p2 = z.get(3);
        IExpr delta = F.Subtract(t1, t2);
        IExpr denominator = F.Plus(F.C1, F.Sqr(F.Sin(delta)));
        IExpr c1 = F.Divide(F.Times(p1, p2, F.Sin(delta)), denominator);
        IExpr c2 = F.Divide(F.Times(F.Plus(F.Sqr(p1), F.Times(F.C2, F.Sqr(p2)), F.Times(F.CN2, p1, p2, F.Cos(delta))),
                F.Sin(F.Times(F.C2, delta))), F.Times(F.C2, F.Sqr(denominator)));
        return List.of(
                F.Divide(F.Subtract(p1, F.Times(p2, F.Cos(delta))), denominator),
                F.Divide(F.Subtract(F.Times(F.C2, p2), F.Times(p1, F.Cos(delta))), denominator),
                F.Plus(F.Times(F.CN2, F.Sin(t1)), F.Negate(c1), c2),
                F.Plus(F.Negate(F.Sin(t2)), c1, F.Negate(c2)));
    }

    /** Double pendulum energy in the momenta of {@link #doublePendulumField}. */
    static IExpr doublePendulumEnergy(List<ISymbol> z) {
        IExpr delta = F.Subtract(z.get(0), z.get(1));
        IExpr p1 = z.get(2);
        IExpr p2 = z.get(3);
        IExpr kinetic = F.Divide(F.Plus(F.Sqr(p1), F.Times(F.C2, F.Sqr(p2)), F.Times(F.CN2, p1, p2, F.Cos(delta))),
                F.Times(F.C2, F.Plus(F.C1, F.Sqr(F.Sin(delta)))));
        return F.Plus(kinetic, F.Times(F.CN2, F.Cos(z.get(0))), F.Negate(F.Cos(z.get(1))));
    }
}
