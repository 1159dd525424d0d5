package org.conserve.symbolic.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.conserve.symbolic.SymjaSession;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

class SymbolTableTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Test
    void aVariableNamedIIsNotTheImaginaryUnit() {
        SymbolTable table = SymbolTable.forOde(List.of("S", "I", "R"), List.of());
        ISymbol infected = table.symbol("I");
        assertNotEquals(S.I, infected);
        IExpr squared = SymjaSession.get().evaluate(F.Sqr(infected), LIMIT);
        assertNotEquals(F.CN1, squared, "I^2 of the variable I stays I^2");
        assertEquals("I^2", table.render(squared));
    }

    @Test
    void builtInNamesStayVariablesThroughEvaluation() {
        SymbolTable table = SymbolTable.forOde(List.of("E", "N", "D", "C", "Pi"), List.of());
        IExpr sum = F.Plus(table.symbol("E"), table.symbol("N"), table.symbol("D"), table.symbol("C"), table.symbol("Pi"));
        IExpr evaluated = SymjaSession.get().evaluate(sum, LIMIT);
        assertTrue(evaluated.isFree(S.E) && evaluated.isFree(S.Pi), evaluated.toString());
        assertEquals(Set.of("E", "N", "D", "C", "Pi"),
                Set.of(table.render(evaluated).split("\\+")), table.render(evaluated));
    }

    @Test
    void twoTablesNeverShareSymbols() {
        SymbolTable first = SymbolTable.forOde(List.of("x"), List.of());
        SymbolTable second = SymbolTable.forOde(List.of("x"), List.of());
        assertNotSame(first.symbol("x"), second.symbol("x"));
        assertNotEquals(first.symbol("x"), second.symbol("x"));
        assertTrue(second.declared(first.symbol("x")).isEmpty());
    }

    @Test
    void derivativesOfFieldsExistForEveryOrderAndAreUnique() {
        SymbolTable table = SymbolTable.forPde(List.of("a", "b"), List.of("k"));
        DeclaredSymbol bxx = table.lookup("b_xx").orElseThrow();
        assertEquals(SymbolRole.FIELD_DERIVATIVE, bxx.role());
        assertEquals(1, bxx.index());
        assertEquals(2, bxx.order());
        assertSame(bxx.symbol(), table.derivative(1, 2).symbol());
        assertSame(table.symbol("a"), table.derivative(0, 0).symbol());
        assertEquals("a_xxxxxxx", table.derivative(0, 7).name());
        assertTrue(table.lookup("c_x").isEmpty(), "c is not a field");
        assertTrue(table.lookup("k_x").isEmpty(), "k is a parameter");
        assertEquals(SymbolRole.SPACE, table.lookup("x").orElseThrow().role());

        Set<ISymbol> made = IntStream.range(0, 64).parallel().mapToObj(i -> table.derivative(0, 5).symbol())
                .collect(Collectors.toSet());
        assertEquals(1, made.size(), "concurrent first uses make one symbol");
    }

    @Test
    void odesHaveNoDerivativesOrSpace() {
        SymbolTable table = SymbolTable.forOde(List.of("x", "u"), List.of());
        assertTrue(table.lookup("u_x").isEmpty());
        assertTrue(table.space().isEmpty());
    }

    @Test
    void rendersNamesWithTheirCase() {
        SymbolTable table = SymbolTable.forOde(List.of("Px", "Omega"), List.of("Pi"));
        IExpr product = F.Times(table.symbol("Px"), table.symbol("Omega"), table.symbol("Pi"), F.Pi);
        assertEquals("Px*Omega*Pi*Pi", table.render(product), "the parameter Pi, then the constant Pi");
    }

    @Test
    void rendersInTheFilesNames() {
        SymbolTable table = SymbolTable.forPde(List.of("u"), List.of("c"));
        IExpr rate = F.Plus(F.Times(table.symbol("c"), table.symbol("u"), table.symbol("u_x")), F.Negate(table.symbol("u_xxx")));
        String rendered = table.render(rate);
        assertEquals("-u_xxx+u*u_x*c", rendered, "internal order: fields, then derivatives, then parameters");
    }
}
