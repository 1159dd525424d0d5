package org.conserve.app.gui.library;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.conserve.app.gui.math.TexFormatter;

/** The TeX lines shown for a system: its equations as written, and its expected laws. */
public final class EquationTex {
    private EquationTex() {
    }

    /** {@code \dot{x} = ...} for an ODE, {@code \partial_t u = ...} for a PDE, one line per equation. */
    public static List<String> equations(SystemSummary system) {
        TexFormatter tex = formatter(system);
        List<String> lines = new ArrayList<>();
        for (SystemSummary.Equation equation : system.equations()) {
            String left = system.kind() == SystemKind.PDE
                    ? "\\partial_t " + tex.name(equation.coordinate())
                    : tex.timeDerivative(equation.coordinate());
            lines.add(left + " = " + tex.format(equation.rightHandSide()));
        }
        return lines;
    }

    /** The expected laws, one TeX line each; a PDE's density {@code h} appears as {@code \int h\,dx}. */
    public static List<String> laws(SystemSummary system) {
        TexFormatter tex = formatter(system);
        List<String> lines = new ArrayList<>();
        for (String law : system.expectedLaws()) {
            String formula = tex.formatLines(law, 160);
            lines.add(system.kind() == SystemKind.PDE ? "\\int \\left(" + formula + "\\right) dx" : formula);
        }
        return lines;
    }

    private static TexFormatter formatter(SystemSummary system) {
        Set<String> declared = new HashSet<>(system.coordinates());
        system.equations().forEach(equation -> declared.add(equation.coordinate()));
        return new TexFormatter(declared);
    }
}
