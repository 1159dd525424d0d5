package org.conserve.symbolic.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.conserve.engine.system.Interval;
import org.conserve.symbolic.SymjaSession;
import org.conserve.symbolic.expr.DeclaredSymbol;
import org.conserve.symbolic.expr.SymbolTable;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

class ValidSystemFilesTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    static Path resource(String name) {
        try {
            return Path.of(ValidSystemFilesTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when Symja finds a - b to be 0. */
    private static boolean same(IExpr a, IExpr b) {
        return SymjaSession.get().evaluate(F.Expand(F.Subtract(a, b)), LIMIT).isZero();
    }

    @Test
    void readsKeplerWithEverySection() {
        SystemDefinition kepler = SystemFiles.read(resource("valid/kepler.yaml"));
        assertEquals("Kepler problem (planar)", kepler.name());
        assertEquals("A planet around a star.", kepler.description());
        assertTrue(kepler.notes().startsWith("The energy"));
        assertEquals(SystemKind.ODE, kepler.kind());
        assertEquals(List.of("x", "y", "px", "py"), kepler.coordinates());
        assertEquals(F.C1, kepler.parameters().get(0).value().value());

        SymbolTable names = kepler.symbols();
        ISymbol x = names.symbol("x");
        ISymbol y = names.symbol("y");
        IExpr expectedPx = F.Times(F.CN1, x, F.Power(F.Plus(F.Sqr(x), F.Sqr(y)), F.QQ(-3, 2)));
        assertTrue(same(expectedPx, kepler.equations().get(2).expression()), kepler.equations().get(2).expression().toString());
        assertEquals(names.symbol("px"), kepler.equations().get(0).expression());
        assertEquals("-k*x/(x^2+y^2)^(3/2)", kepler.equations().get(2).source());
        assertEquals(11, kepler.equations().get(2).line());
        assertEquals(7, kepler.equations().get(2).column());

        Sampling.Box box = assertInstanceOf(Sampling.Box.class, kepler.sampling());
        assertEquals(List.of(new Interval(-2, 2), new Interval(-2, 2), new Interval(-1, 1), new Interval(-1, 1)), box.ranges());
        assertEquals("x^2 + y^2 > 0.25", box.where().orElseThrow().source());
        assertEquals(4000, box.points().getAsInt());

        assertEquals(List.of(F.C1, F.C0, F.C0, F.C1), kepler.simulation().initial().stream().map(e -> e.expression()).toList());
        assertEquals(20.0, kepler.simulation().t().getAsDouble());
        assertEquals(400, kepler.simulation().steps().getAsInt());
        assertEquals(3, kepler.expected().count().getAsInt());
        assertEquals(2, kepler.expected().laws().size());
        assertTrue(same(F.Subtract(F.Times(x, names.symbol("py")), F.Times(y, names.symbol("px"))),
                kepler.expected().laws().get(1).expression()));
    }

    @Test
    void keepsParametersExactAndSubstitutesThem() {
        SystemDefinition lorenz = SystemFiles.read(resource("valid/lorenz.yaml"));
        Parameter beta = lorenz.parameters().get(2);
        assertEquals("beta", beta.name());
        assertEquals(F.QQ(8, 3), beta.value().value());
        assertEquals(8.0 / 3, beta.value().numeric(), 1e-16);

        SymbolTable names = lorenz.symbols();
        ISymbol x = names.symbol("x");
        ISymbol y = names.symbol("y");
        ISymbol z = names.symbol("z");
        assertTrue(same(F.Subtract(F.Times(x, y), F.Times(F.QQ(8, 3), z)), lorenz.equations().get(2).expression()));
        assertTrue(same(F.Subtract(F.Times(x, y), F.Times(names.symbol("beta"), z)), lorenz.equations().get(2).parametric()),
                "the parametric form keeps the parameter symbol");
    }

    @Test
    void namesSymjaReservesAreVariables() {
        SystemDefinition sir = SystemFiles.read(resource("valid/sir.yaml"));
        assertEquals(List.of("S", "I", "R"), sir.coordinates());
        ISymbol infected = sir.symbols().symbol("I");
        IExpr rateOfI = sir.equations().get(1).expression();
        IExpr derivative = SymjaSession.get().evaluate(F.D(rateOfI, infected), LIMIT);
        IExpr atS1 = SymjaSession.get().evaluate(F.ReplaceAll(derivative, F.Rule(sir.symbols().symbol("S"), F.C1)), LIMIT);
        assertEquals(0.2, atS1.evalf(), 1e-15, "d(beta S I - gamma I)/dI at S = 1 is beta - gamma");
        assertEquals("gamma*I", sir.symbols().render(sir.equations().get(2).parametric()));

        SystemDefinition pendulum = SystemFiles.read(resource("valid/pendulum.yaml"));
        ISymbol e = pendulum.symbols().symbol("E");
        assertTrue(same(F.Times(F.CN2, F.Sin(e)), pendulum.equations().get(1).expression()));
        assertTrue(pendulum.expected().laws().get(0).expression().has(e), "E in a law is the variable, not Euler's number");
        assertEquals(new Interval(-Math.PI, Math.PI), ((Sampling.Box) pendulum.sampling()).ranges().get(0));
    }

    @Test
    void readsKdvAsAPde() {
        SystemDefinition kdv = SystemFiles.read(resource("valid/kdv.yaml"));
        assertEquals(SystemKind.PDE, kdv.kind());
        assertEquals(List.of("u"), kdv.coordinates());
        assertEquals(new Space(new Interval(-10, 10), 64), kdv.space().orElseThrow());
        assertEquals(List.of(0, 1), kdv.density().stream().map(DeclaredSymbol::order).toList());
        assertEquals(new Sampling.States(32, 3, 0.5), kdv.sampling());
        assertEquals(3, kdv.maxDerivativeOrder());

        SymbolTable names = kdv.symbols();
        IExpr u = names.symbol("u");
        IExpr expected = F.Subtract(F.Times(F.ZZ(6), u, names.symbol("u_x")), names.symbol("u_xxx"));
        assertTrue(same(expected, kdv.equations().get(0).expression()));
        assertEquals(names.derivative(0, 3).symbol(), names.symbol("u_xxx"));
        assertTrue(kdv.simulation().initial().get(0).expression().has(names.space().orElseThrow().symbol()));
        assertEquals(3, kdv.expected().laws().size());
    }

    @Test
    void readsSearchHintsWithParametersReplacedAndTheirPositions() {
        SystemDefinition hinted = SystemFiles.read(resource("valid/log_potential_hinted.yaml"));
        assertEquals(2, hinted.search().degree().getAsInt());
        assertEquals(1, hinted.search().hints().size());
        var hint = hinted.search().hints().get(0);
        assertEquals("Log(a + x^2)", hint.source());
        assertEquals(13, hint.line());
        assertEquals(12, hint.column());
        IExpr x = hinted.symbols().symbol("x");
        assertTrue(same(F.Log(F.Plus(F.C1, F.Sqr(x))), hint.expression()), hint.expression().toString());
    }

    @Test
    void fileWithoutSearchKeyHasNoHints() {
        assertEquals(SearchHints.NONE, SystemFiles.read(resource("valid/kepler.yaml")).search());
    }
}
