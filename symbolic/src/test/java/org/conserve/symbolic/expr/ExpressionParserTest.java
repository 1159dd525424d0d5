package org.conserve.symbolic.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.conserve.symbolic.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

class ExpressionParserTest {
    private final SymbolTable table = SymbolTable.forOde(List.of("x", "y", "I", "E", "N"), List.of("k"));
    private final ISymbol x = table.symbol("x");
    private final ISymbol y = table.symbol("y");
    private final ISymbol k = table.symbol("k");
    private final Scope equations = Scope.of(table, Map.of(k, 2.0), "an equation", SymbolRole.VARIABLE, SymbolRole.PARAMETER);

    private IExpr parse(String text) {
        return ExpressionParser.parseArithmetic(text, equations).expression();
    }

    private ExpressionException failure(String text) {
        return assertThrows(ExpressionException.class, () -> parse(text));
    }

    @Test
    void unaryMinusBindsLooserThanPower() {
        assertEquals(F.Times(F.CN1, F.Power(x, F.ZZ(2))), parse("-x^2"));
    }

    @Test
    void powerIsRightAssociative() {
        assertEquals(F.Power(x, F.Power(y, F.ZZ(2))), parse("x^y^2"));
    }

    @Test
    void exponentMayCarryASign() {
        assertEquals(F.Power(x, F.ZZ(-1)), parse("x^-1"));
    }

    @Test
    void divisionIsTimesReciprocal() {
        assertEquals(F.Times(x, F.Power(y, F.CN1)), parse("x/y"));
    }

    @Test
    void subtractionAddsTheNegation() {
        assertEquals(F.Plus(new IExpr[] {x, F.Times(F.CN1, y), F.ZZ(-3)}), parse("x - y - 3"));
    }

    @Test
    void juxtapositionMultiplies() {
        assertEquals(F.Times(F.ZZ(2), x), parse("2x"));
        assertEquals(F.Times(F.ZZ(2), x, y), parse("2 x y"));
        assertEquals(F.Times(new IExpr[] {k, F.Plus(new IExpr[] {x, F.C1})}), parse("k(x + 1)"));
        assertEquals(F.Times(F.ZZ(2), F.Power(x, F.ZZ(2))), parse("2x^2"));
    }

    @Test
    void decimalsAreMachineNumbersAndIntegersExact() {
        assertEquals(F.Times(F.num(0.5), x), parse("0.5*x"));
        assertEquals(F.Times(F.num(1e-3), x), parse("1e-3 x"));
        assertEquals(F.Times(F.ZZ(8), F.Power(F.ZZ(3), F.CN1)), parse("8/3"));
    }

    @Test
    void functionsAcceptParenthesesAndBrackets() {
        assertEquals(F.Sin(x), parse("Sin(x)"));
        assertEquals(F.Sin(x), parse("Sin[x]"));
        assertEquals(F.ArcTan(x, y), parse("ArcTan(x, y)"));
        assertEquals(F.Sqrt(F.Plus(F.Power(x, F.C2), F.Power(y, F.C2))), parse("Sqrt[x^2 + y^2]"));
    }

    @Test
    void declaredNamesShadowBuiltIns() {
        IExpr parsed = parse("I + E + N");
        assertEquals(F.Plus(table.symbol("I"), table.symbol("E"), table.symbol("N")), parsed);
        assertTrue(parsed.toString().indexOf('I') < 0, "internal names never print as Symja's I: " + parsed);
    }

    @Test
    void undeclaredPiAndEAreTheConstants() {
        SymbolTable plain = SymbolTable.forOde(List.of("x"), List.of());
        Scope scope = Scope.of(plain, Map.of(), "an equation", SymbolRole.VARIABLE);
        assertEquals(F.Times(new IExpr[] {F.Pi, F.E}), ExpressionParser.parseArithmetic("Pi E", scope).expression());
    }

    @Test
    void constantPartsAreEvaluatedInDoubles() {
        assertEquals(2 * Math.PI / 3, ExpressionParser.parseArithmetic("k Pi/3", equations).constant().getAsDouble(), 1e-15);
        assertTrue(ExpressionParser.parseArithmetic("k x", equations).constant().isEmpty());
    }

    @Test
    void conditionsOnlyInWhere() {
        IExpr condition = ExpressionParser.parseCondition("x^2 + y^2 > 1/4 && !(x < 0) || y <= k", equations).expression();
        IExpr radius = F.Plus(F.Power(x, F.C2), F.Power(y, F.C2));
        assertEquals(F.Or(F.And(F.Greater(radius, F.Times(F.C1, F.Power(F.ZZ(4), F.CN1))), F.Not(F.Less(x, F.C0))),
                F.LessEqual(y, k)), condition);
        ExpressionException comparison = failure("x > 0");
        assertEquals(ProblemKind.MALFORMED_EXPRESSION, comparison.kind());
        assertEquals(2, comparison.offset());
    }

    @Test
    void whereMustBeACondition() {
        ExpressionException e = assertThrows(ExpressionException.class, () -> ExpressionParser.parseCondition("x + y", equations));
        assertEquals(ProblemKind.MALFORMED_EXPRESSION, e.kind());
    }

    @ParameterizedTest(name = "{0} -> {1} at {2}")
    @CsvSource(delimiter = '|', value = {
            "x := 5                 | MALFORMED_EXPRESSION | 2",
            "x = 5                  | MALFORMED_EXPRESSION | 2",
            "x; y                   | MALFORMED_EXPRESSION | 1",
            "Set[x, 5]              | FORBIDDEN_FUNCTION   | 0",
            "Import[\"/etc/passwd\"]  | FORBIDDEN_FUNCTION   | 0",
            "Run(\"ls\")              | FORBIDDEN_FUNCTION   | 0",
            "Module[{a}, a]         | FORBIDDEN_FUNCTION   | 0",
            "f[x_] := x^2           | FORBIDDEN_FUNCTION   | 0",
            "x + \"text\"             | MALFORMED_EXPRESSION | 4",
            "{x, y}                 | MALFORMED_EXPRESSION | 0",
            "x_                     | MALFORMED_EXPRESSION | 0",
            "#^2 &                  | MALFORMED_EXPRESSION | 0",
            "Sin @ x                | MALFORMED_EXPRESSION | 4",
            "x // Sin               | MALFORMED_EXPRESSION | 2",
            "x /. x -> 1            | MALFORMED_EXPRESSION | 2",
            "x >> out.txt           | MALFORMED_EXPRESSION | 2",
            "q + x                  | UNKNOWN_SYMBOL       | 0",
            "x + sin(y)             | FORBIDDEN_FUNCTION   | 4",
            "Sin(x, y)              | WRONG_ARITY          | 0",
            "Sin + x                | MALFORMED_EXPRESSION | 0",
            "x[1]                   | MALFORMED_EXPRESSION | 1",
            "(x + y                 | MALFORMED_EXPRESSION | 6",
            "x + y)                 | MALFORMED_EXPRESSION | 5",
            "x + * y                | MALFORMED_EXPRESSION | 4",
            "x +                    | MALFORMED_EXPRESSION | 3",
            "1/0 + x                | INVALID_VALUE        | 1",
            "Sqrt(-1) x             | INVALID_VALUE        | 0",
            "9^9^9                  | INVALID_VALUE        | 1",
            "x * k^2000             | INVALID_VALUE        | 5",
            "x_x                    | UNDECLARED_FIELD_DERIVATIVE | 0",
            "2.5.1                  | MALFORMED_EXPRESSION | 3",
            "x && p                 | MALFORMED_EXPRESSION | 2",
            "!x                     | MALFORMED_EXPRESSION | 0",
            "x!                     | MALFORMED_EXPRESSION | 1",
    })
    void refusesWithPositionAndKind(String text, ProblemKind kind, int offset) {
        ExpressionException e = failure(text);
        assertEquals(kind, e.kind(), e.getMessage());
        assertEquals(offset, e.offset(), e.getMessage());
    }

    @Test
    void refusesDeepNesting() {
        String deep = "(".repeat(500) + "x" + ")".repeat(500);
        assertEquals(ProblemKind.MALFORMED_EXPRESSION, failure(deep).kind());
        assertEquals(ProblemKind.MALFORMED_EXPRESSION, failure("x^".repeat(300) + "x").kind());
        assertEquals(ProblemKind.MALFORMED_EXPRESSION, failure("-".repeat(300) + "x").kind());
        assertEquals(F.Power(x, F.Power(x, x)), parse("x^x^x"), "moderate chains are fine");
    }

    @Test
    void unknownSymbolMessageListsWhatIsDeclared() {
        String message = failure("q").getMessage();
        assertTrue(message.contains("x, y, I, E, N") && message.contains("k"), message);
    }
}
