package org.conserve.symbolic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.conserve.symbolic.file.SystemDefinition;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.interfaces.IExpr;

class LawFormsTest {
    private static final SystemDefinition KEPLER = Systems.kepler();
    private static final SystemDefinition KDV = Systems.kdv();
    /** Symja's internal names (v1, f1x2, p1, xs) must never reach an export. */
    private static final Pattern INTERNAL = Pattern.compile("\\b(v\\d+|p\\d+|f\\d+(x\\d+)?|xs)\\b");

    private static String sympy(SystemDefinition definition, String law) {
        return LawForms.sympy(LawParser.parse(definition, law), definition.symbols());
    }

    private static String latex(SystemDefinition definition, String law) {
        return LawForms.latex(LawParser.parse(definition, law), definition.symbols());
    }

    @Test
    void writesExactFractionsAndPowersInSympySyntax() {
        assertEquals("Rational(8, 3)*x", sympy(KEPLER, "8/3*x"));
        assertEquals("-Rational(1, 2)*x", sympy(KEPLER, "-x/2"));
        assertEquals("1/x**Rational(3, 2)", sympy(KEPLER, "x^(-3/2)"));
        assertEquals("1/sqrt(x**2 + y**2)", sympy(KEPLER, "(x^2 + y^2)^(-1/2)"));
        assertEquals("-x/(y*px)", sympy(KEPLER, "-x/(y*px)"));
        assertEquals("x**(y**2)", sympy(KEPLER, "x^y^2"));
        assertEquals("Integer(2)**x", sympy(KEPLER, "2^x"));
        assertEquals("exp(x)*pi", sympy(KEPLER, "Exp(x)*Pi"));
        assertEquals("u**3 + Rational(1, 2)*u_x**2", sympy(KDV, "u^3 + u_x^2/2"));
    }

    @Test
    void writesSymjasTwoArgumentArcTanAsAtan2WithTheArgumentsSwapped() {
        assertEquals("atan2(y, x)", sympy(KEPLER, "ArcTan(x, y)"));
        assertEquals("atan2(y**2, -1 + px)", sympy(KEPLER, "ArcTan(px - 1, y^2)"));
    }

    @Test
    void namesHyperbolicAndInverseFunctionsAsSympyDoes() {
        assertEquals("sech(x)**2", sympy(KEPLER, "Sech(x)^2"));
        assertEquals("csch(x)", sympy(KEPLER, "Csch(x)"));
        assertEquals("asinh(y)", sympy(KEPLER, "ArcSinh(y)"));
        assertEquals("acosh(px)", sympy(KEPLER, "ArcCosh(px)"));
        assertEquals("Abs(x)", sympy(KEPLER, "Abs(x)"));
    }

    @Test
    void readsALawAsTheDiscoveryReportsItIntoCanonicalForm() {
        IExpr reported = LawForms.read(KDV, "1*u^3+u_x^2/2");
        assertEquals(LawParser.parse(KDV, "u^3 + u_x^2/2"), reported);
        assertEquals("u^3+u_x^2/2", LawForms.symja(reported, KDV.symbols()));
    }

    @Test
    void refusesANameOutsideTheSystem() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> LawParser.parse(KEPLER, "x + z"));
        assertTrue(refused.getMessage().contains("z"), refused.getMessage());
    }

    @Test
    void typesetsTheFilesNamesNotSymjasInternalOnes() {
        String energy = latex(KEPLER, "(px^2 + py^2)/2 - 1/Sqrt(x^2 + y^2)");
        assertTrue(energy.contains("\\mathit{px}") && energy.contains("\\mathit{py}"), energy);
        assertTrue(energy.contains("\\sqrt{"), energy);
        assertFalse(INTERNAL.matcher(energy).find(), energy);
        String kdvEnergy = latex(KDV, "u^3 + u_x^2/2");
        assertTrue(kdvEnergy.contains("u_{x}"), kdvEnergy);
        assertFalse(INTERNAL.matcher(kdvEnergy).find(), kdvEnergy);
    }

    @Test
    void writesFunctionsLatexLacksAsOperatorNames() {
        String tex = latex(KEPLER, "Sech(x) + ArcTanh(y)");
        assertTrue(tex.contains("\\operatorname{sech}") && tex.contains("\\operatorname{artanh}"), tex);
        assertFalse(tex.contains("\\sech") || tex.contains("\\arctanh"), tex);
    }

    @Test
    void typesetsNamesAsOneSymbol() {
        assertEquals("x", TexNames.of("x"));
        assertEquals("\\mathit{px}", TexNames.of("px"));
        assertEquals("x_{1}", TexNames.of("x1"));
        assertEquals("\\mathit{th}_{2}", TexNames.of("th2"));
        assertEquals("\\theta", TexNames.of("theta"));
        assertEquals("u_{xx}", TexNames.of("u_xx"));
        assertEquals("{x_{1}}_{x}", TexNames.of("x1_x"));
    }

    @Test
    void writesSymjaInputFormOnOneLineThatReadsBackToTheSameLaw() {
        StringBuilder text = new StringBuilder("x");
        for (int k = 1; k <= 40; k++) {
            text.append(" + ").append(k).append("*x^").append(k).append("*py^").append(k % 5);
        }
        IExpr law = LawParser.parse(KEPLER, text.toString());
        String written = LawForms.symja(law, KEPLER.symbols());
        assertTrue(written.length() > 300, written);
        assertFalse(written.contains("\n"), written);
        assertEquals(law, LawParser.parse(KEPLER, written));
    }
}
