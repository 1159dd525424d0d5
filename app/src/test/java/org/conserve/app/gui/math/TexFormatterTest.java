package org.conserve.app.gui.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class TexFormatterTest {
    private final TexFormatter tex = new TexFormatter(Set.of("x", "y", "px", "py", "k"));

    @Test
    void writesKeplerForceAsFractionWithPower() {
        assertEquals("\\frac{-k \\, x}{\\left(x^{2} + y^{2}\\right)^{3/2}}", tex.format("-k*x/(x^2+y^2)^(3/2)"));
    }

    @Test
    void writesFunctionsAsTheirTexNames() {
        assertEquals("\\frac{p_{x}^{2} + p_{y}^{2}}{2} - \\frac{k}{\\sqrt{x^{2} + y^{2}}}",
                tex.format("(px^2+py^2)/2 - k/Sqrt(x^2+y^2)"));
        assertEquals("-2 \\, \\operatorname{sech}^{2}\\left(x\\right)", tex.format("-2*Sech(x)^2"));
        assertEquals("\\left(\\sqrt{x}\\right)^{3}", tex.format("Sqrt(x)^3"));
    }

    @Test
    void keepsParenthesesThatChangeTheMeaning() {
        assertEquals("x - \\left(y - k\\right)", tex.format("x - (y - k)"));
        assertEquals("x - y - k", tex.format("(x - y) - k"));
        assertEquals("\\left(x + y\\right) \\, k", tex.format("(x+y) k"));
        assertEquals("-\\left(x + y\\right)", tex.format("-(x+y)"));
        assertEquals("x \\, \\left(-y\\right)", tex.format("x*(-y)"));
    }

    @Test
    void readsJuxtapositionAndScientificNumbers() {
        assertEquals("2 \\, x", tex.format("2x"));
        assertEquals("1 \\cdot 10^{-3} \\, x", tex.format("1e-3*x"));
    }

    @Test
    void writesSubscriptsForDerivativesAndNumberedNames() {
        TexFormatter pde = new TexFormatter(Set.of("u", "x1"));
        assertEquals("6 \\, u \\, u_{x} - u_{xxx}", pde.format("6*u*u_x - u_xxx"));
        assertEquals("x_{1}", pde.format("x1"));
        assertEquals("\\dot{x}_{1}", pde.timeDerivative("x1"));
    }

    @Test
    void momentaNamedAfterTheirCoordinateGetSubscripts() {
        TexFormatter bodies = new TexFormatter(Set.of("x1", "px1", "p", "th1", "mass"));
        assertEquals("p_{x1}", bodies.format("px1"));
        assertEquals("p", bodies.format("p"));
        assertEquals("\\theta_{1}", bodies.format("th1"));
        assertEquals("\\mathit{mass}", bodies.format("mass"));
        assertEquals("\\dot{p}_{x1}", bodies.timeDerivative("px1"));
    }

    @Test
    void breaksALongSumAfterWholeTerms() {
        assertEquals("x + y", tex.format("x + y"));
        assertEquals("x + y", tex.formatLines("x + y", 40));
        assertEquals("\\begin{array}{l}x^{2} + y^{2} \\\\ \\quad  - \\frac{1}{x} \\\\ \\quad  + k\\end{array}",
                tex.formatLines("x^2 + y^2 - 1/x + k", 14));
    }

    @Test
    void undeclaredPiAndEAreConstantsButADeclaredEIsAName() {
        assertEquals("\\pi \\, e^{x}", tex.format("Pi Exp(x)"));
        assertEquals("e", tex.format("E"));
        assertEquals("E", new TexFormatter(Set.of("E")).format("E"));
    }

    @Test
    void writesConditionsOfWhere() {
        assertEquals("x^{2} + y^{2} > 0.25 \\wedge x \\ge 0", tex.format("x^2 + y^2 > 0.25 && x >= 0"));
    }

    @Test
    void showsUnreadableTextVerbatimAndEscaped() {
        assertEquals("\\text{x + * \\{y\\_1\\}}", tex.format("x + * {y_1}"));
        assertEquals("\\text{Sin(x}", tex.format("Sin(x"));
    }
}
