package org.conserve.symbolic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.conserve.symbolic.compile.ExpressionCompiler;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The SymPy form of each expression, evaluated by SymPy at a point, equals Conserve's compiled value
 * there: the conversion keeps the meaning, not just the look.
 */
class SympyEvaluationTest {
    private static final SystemDefinition KEPLER = Systems.kepler();
    /** x < 0, so that atan2(y, x) and atan(y/x) differ by pi: the argument order is really tested. */
    private static final double[] POINT = {-0.7, 0.4, 1.3, 0.9};
    private static final List<String> BATTERY = List.of(
            "8/3*x - 1/2",
            "-7/5*px*py^3",
            "px^(-3/2) + (x^2 + y^2)^(-1/2)",
            "px^(3/2)*(x^2 + y^2)^(-5/2)",
            "1/(x*y) - 2/(px + py)^2",
            "Sqrt(2)*x/Sqrt(3)",
            "Sin(x)*Cos(y) - Tan(px)/3 + Cot(py)",
            "Sec(x)^2 - Csc(y)",
            "ArcTan(x, y)",
            "ArcTan(px - 2, -y)",
            "ArcTan(y/x)",
            "Sech(x)^2 + Csch(y) + Tanh(px) - Coth(py)",
            "Sinh(x)*Cosh(y)",
            "ArcSin(y) + ArcCos(py) + ArcSinh(x) + ArcCosh(px + 1) + ArcTanh(y)",
            "Exp(-x^2/2) + Log(px) - E^(py/3)",
            "Pi*x^2 + E",
            "2^x + 3^(1/3)",
            "Abs(x)*y",
            "-(x + y)^3/(7*px)",
            "px^y^2",
            "(px^2 + py^2)/2 - 1/Sqrt(x^2 + y^2)",
            "py*(x*py - y*px) - x/Sqrt(x^2 + y^2)");

    @TempDir
    Path folder;

    @Test
    void sympyFormsEvaluateToTheCompiledValues() throws IOException {
        Python.assumeSympy();
        StringBuilder script = new StringBuilder("from sympy import *\n");
        script.append("x, y, px, py = symbols('x y px py', real=True)\n");
        script.append("at = {x: Rational('").append(POINT[0]).append("'), y: Rational('").append(POINT[1])
                .append("'), px: Rational('").append(POINT[2]).append("'), py: Rational('").append(POINT[3]).append("')}\n");
        double[] compiled = new double[BATTERY.size()];
        for (int i = 0; i < BATTERY.size(); i++) {
            IExpr law = LawParser.parse(KEPLER, BATTERY.get(i));
            compiled[i] = ExpressionCompiler.compile(law, SystemLoader.slots(KEPLER)).value(POINT);
            script.append("print(repr(float(N((").append(LawForms.sympy(law, KEPLER.symbols())).append(").subs(at), 30))))\n");
        }
        Path file = Files.writeString(folder.resolve("battery.py"), script);
        Python.Result result = Python.run(folder, file.toString());
        assertEquals(0, result.exitCode(), result.output());
        List<String> lines = result.output().strip().lines().toList();
        assertEquals(BATTERY.size(), lines.size(), result.output());
        for (int i = 0; i < BATTERY.size(); i++) {
            double sympy = Double.parseDouble(lines.get(i));
            assertTrue(Double.isFinite(compiled[i]), BATTERY.get(i));
            assertEquals(compiled[i], sympy, 1e-12 * Math.max(1, Math.abs(compiled[i])),
                    BATTERY.get(i) + " -> " + LawForms.sympy(LawParser.parse(KEPLER, BATTERY.get(i)), KEPLER.symbols()));
        }
    }
}
