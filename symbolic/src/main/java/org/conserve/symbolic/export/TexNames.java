package org.conserve.symbolic.export;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a declared name of a system file is typeset: one letter as itself ({@code x}), a Greek name as
 * its letter ({@code theta} is {@code \theta}), trailing digits as a subscript ({@code x1} is
 * {@code x_{1}}), a longer name upright-italic as one symbol ({@code px} is {@code \mathit{px}}, never
 * the product p x), and an x-derivative of a field with its x's as subscript ({@code u_xx} is
 * {@code u_{xx}}). Stateless.
 */
final class TexNames {
    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
            "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi",
            "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi",
            "Psi", "Omega");
    private static final Pattern DIGITS = Pattern.compile("([A-Za-z]+)([0-9]+)");

    private TexNames() {
    }

    /** The TeX of a declared name (letters and digits, or a field name followed by _x, _xx, ...). */
    static String of(String name) {
        int underscore = name.indexOf('_');
        if (underscore > 0) {
            return group(of(name.substring(0, underscore))) + "_{" + name.substring(underscore + 1) + "}";
        }
        Matcher digits = DIGITS.matcher(name);
        if (digits.matches()) {
            return group(letters(digits.group(1))) + "_{" + digits.group(2) + "}";
        }
        return letters(name);
    }

    private static String letters(String name) {
        if (GREEK.contains(name)) {
            return "\\" + name;
        }
        return name.length() == 1 ? name : "\\mathit{" + name + "}";
    }

    /** A base that already carries a subscript is braced, so that a second one is legal TeX. */
    private static String group(String tex) {
        return tex.contains("_") ? "{" + tex + "}" : tex;
    }
}
