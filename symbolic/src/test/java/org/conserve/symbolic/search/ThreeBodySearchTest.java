package org.conserve.symbolic.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.conserve.engine.system.Box;
import org.conserve.engine.system.Interval;
import org.conserve.engine.system.PointFilter;
import org.conserve.engine.system.VectorField;
import org.conserve.symbolic.SymjaSession;
import org.conserve.symbolic.proof.OdeLawProver;
import org.conserve.symbolic.proof.ProofOptions;
import org.conserve.symbolic.proof.ProofStatus;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** Planar gravitational three bodies, G = m = 1; state (x1, y1, x2, y2, x3, y3, px1, ..., py3). */
class ThreeBodySearchTest {
    private static final List<ISymbol> Z = new ArrayList<>();

    static {
        for (String name : List.of("x1", "y1", "x2", "y2", "x3", "y3", "px1", "py1", "px2", "py2", "px3", "py3")) {
            Z.add(F.symbol("tb" + name));
        }
    }

    private static IExpr squaredDistance(int a, int b) {
        return F.Plus(F.Sqr(F.Subtract(Z.get(2 * a), Z.get(2 * b))),
                F.Sqr(F.Subtract(Z.get(2 * a + 1), Z.get(2 * b + 1))));
    }

    private static OdeSearchProblem threeBodies() {
        List<IExpr> rates = new ArrayList<>(Z.subList(6, 12));
        for (int a = 0; a < 3; a++) {
            for (int c = 0; c < 2; c++) {
                IASTAppendable force = F.PlusAlloc(2);
                for (int b = 0; b < 3; b++) {
                    if (b != a) {
                        force.append(F.Times(F.CN1, F.Subtract(Z.get(2 * a + c), Z.get(2 * b + c)),
                                F.Power(squaredDistance(a, b), F.QQ(-3, 2))));
                    }
                }
                rates.add(force);
            }
        }
        VectorField field = new VectorField() {
            @Override
            public int dimension() {
                return 12;
            }

            @Override
            public void evaluate(double[] z, double[] r) {
                System.arraycopy(z, 6, r, 0, 6);
                for (int a = 0; a < 3; a++) {
                    r[6 + 2 * a] = 0;
                    r[7 + 2 * a] = 0;
                    for (int b = 0; b < 3; b++) {
                        if (b != a) {
                            double dx = z[2 * a] - z[2 * b];
                            double dy = z[2 * a + 1] - z[2 * b + 1];
                            double r3 = Math.pow(dx * dx + dy * dy, 1.5);
                            r[6 + 2 * a] -= dx / r3;
                            r[7 + 2 * a] -= dy / r3;
                        }
                    }
                }
            }
        };
        List<Interval> box = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            box.add(new Interval(-1, 1));
        }
        PointFilter apart = z -> {
            for (int a = 0; a < 3; a++) {
                for (int b = a + 1; b < 3; b++) {
                    double dx = z[2 * a] - z[2 * b];
                    double dy = z[2 * a + 1] - z[2 * b + 1];
                    if (dx * dx + dy * dy < 0.09) {
                        return false;
                    }
                }
            }
            return true;
        };
        return new OdeSearchProblem(Z, rates, field, new Box(box), apart);
    }

    private static boolean found(LawSearchResult result, IExpr expected) {
        return result.laws().stream().anyMatch(law -> SymjaSession.get().call(() -> {
            IExpr ratio = SymjaSession.get().engine().evaluate(F.Together(F.Divide(law.expression(), expected)));
            return ratio.isNumber() && !ratio.isZero();
        }));
    }

    private static IExpr sum(int first, int step) {
        return F.Plus(Z.get(first), Z.get(first + step), Z.get(first + 2 * step));
    }

    @Test
    void findsEnergyMomentumAndAngularMomentumOfThreeBodies() {
        LawSearchResult result = new LawSearch(SymjaSession.get()).search(threeBodies(),
                SearchOptions.DEFAULT.withDegrees(1, 2));
        IExpr px = sum(6, 2);
        IExpr py = sum(7, 2);
        IASTAppendable kinetic = F.PlusAlloc(6);
        IASTAppendable angular = F.PlusAlloc(6);
        for (int a = 0; a < 3; a++) {
            kinetic.append(F.Plus(F.Sqr(Z.get(6 + 2 * a)), F.Sqr(Z.get(7 + 2 * a))));
            angular.append(F.Subtract(F.Times(Z.get(2 * a), Z.get(7 + 2 * a)), F.Times(Z.get(2 * a + 1), Z.get(6 + 2 * a))));
        }
        IASTAppendable potential = F.PlusAlloc(3);
        for (int a = 0; a < 3; a++) {
            for (int b = a + 1; b < 3; b++) {
                potential.append(F.Power(squaredDistance(a, b), F.CN1D2));
            }
        }
        IExpr energy = F.Subtract(F.Times(F.C1D2, kinetic), potential);
        assertTrue(found(result, px), result::toString);
        assertTrue(found(result, py), result::toString);
        assertTrue(found(result, energy), result::toString);
        assertTrue(found(result, angular), result::toString);
        // R x P = (sum x_i) P_y - (sum y_i) P_x is conserved too (d/dt gives P_x P_y - P_y P_x = 0):
        // the time-independent combination of the two centre-of-mass laws R - t P / 3.
        // The search reports it as R x P - L; check the textbook form independently.
        IExpr centreAngular = F.Subtract(F.Times(sum(0, 2), py), F.Times(sum(1, 2), px));
        OdeSearchProblem problem = threeBodies();
        assertEquals(ProofStatus.PROVED, new OdeLawProver(SymjaSession.get(), ProofOptions.DEFAULT)
                .prove(centreAngular, Z, problem.rates(), problem.box(), problem.where()).status());
        assertTrue(found(result, F.Subtract(centreAngular, angular)), result::toString);
        assertEquals(5, result.count(), result::toString);
        assertEquals(5, result.laws().size(), "products such as P_x^2 are left out: " + result);
        result.laws().forEach(law -> assertEquals(ProofStatus.PROVED, law.proof().status(), law::toString));
    }
}
