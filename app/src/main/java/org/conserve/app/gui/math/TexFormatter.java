package org.conserve.app.gui.math;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes an expression of the system-file language as TeX, exactly as the user typed it (no
 * simplification, so the editor's preview mirrors the text). It only formats: nothing is evaluated.
 * Text it cannot read is shown verbatim, so a half-typed equation still has a preview.
 *
 * <p>Thread-safety: immutable, safe from any thread.
 */
public final class TexFormatter {
    private static final Map<String, String> FUNCTIONS = Map.ofEntries(
            Map.entry("Sin", "\\sin"), Map.entry("Cos", "\\cos"), Map.entry("Tan", "\\tan"),
            Map.entry("Cot", "\\cot"), Map.entry("Sec", "\\sec"), Map.entry("Csc", "\\csc"),
            Map.entry("Sinh", "\\sinh"), Map.entry("Cosh", "\\cosh"), Map.entry("Tanh", "\\tanh"),
            Map.entry("Coth", "\\coth"), Map.entry("Sech", "\\operatorname{sech}"),
            Map.entry("Csch", "\\operatorname{csch}"), Map.entry("ArcSin", "\\arcsin"),
            Map.entry("ArcCos", "\\arccos"), Map.entry("ArcTan", "\\arctan"),
            Map.entry("ArcSinh", "\\operatorname{arsinh}"), Map.entry("ArcCosh", "\\operatorname{arcosh}"),
            Map.entry("ArcTanh", "\\operatorname{artanh}"), Map.entry("Log", "\\ln"));
    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon",
            "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "rho", "sigma", "tau",
            "phi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Sigma", "Phi", "Psi",
            "Omega");

    private final Set<String> declared;

    /** @param declared the file's own names: a declared {@code E} is a name, not Euler's number */
    public TexFormatter(Set<String> declared) {
        this.declared = Set.copyOf(declared);
    }

    /** The TeX of {@code expression}, or the text itself in {@code \text{}} when it cannot be read. */
    public String format(String expression) {
        try {
            return write(new ExpressionReader(expression).read());
        } catch (IllegalArgumentException unreadable) {
            return verbatim(expression);
        }
    }

    /**
     * As {@link #format}, but a long sum is broken after whole terms into left-aligned lines of at
     * most about {@code lineLength} characters of TeX, so a long law fits a narrow panel.
     */
    public String formatLines(String expression, int lineLength) {
        Node root;
        try {
            root = new ExpressionReader(expression).read();
        } catch (IllegalArgumentException unreadable) {
            return verbatim(expression);
        }
        String whole = write(root);
        if (whole.length() <= lineLength) {
            return whole;
        }
        java.util.List<String> terms = new java.util.ArrayList<>();
        collectTerms(root, "", terms);
        StringBuilder lines = new StringBuilder("\\begin{array}{l}");
        StringBuilder line = new StringBuilder();
        for (String term : terms) {
            if (line.length() > 0 && line.length() + term.length() > lineLength) {
                lines.append(line).append(" \\\\ \\quad ");
                line.setLength(0);
            }
            line.append(term);
        }
        return lines.append(line).append("\\end{array}").toString();
    }

    /** The terms of a sum with their signs (" + t", " - t"); the first keeps its own sign. */
    private void collectTerms(Node node, String sign, java.util.List<String> terms) {
        if (node instanceof Node.Binary sum && (sum.operator().equals("+") || sum.operator().equals("-"))) {
            collectTerms(sum.left(), sign, terms);
            terms.add(" " + sum.operator() + " " + wrap(sum.right(), Node.SUM + 1));
        } else {
            terms.add(sign + write(node));
        }
    }

    /** The TeX of a declared name: {@code px} stays upright-italic, {@code x1} becomes {@code x_{1}}. */
    public String name(String name) {
        return nameWithAccent(name, null);
    }

    /** The time derivative of a coordinate, with the dot on the letter: {@code \dot{x}_{1}}. */
    public String timeDerivative(String name) {
        return nameWithAccent(name, "\\dot");
    }

    private String nameWithAccent(String name, String accent) {
        if (name.length() > 1 && name.charAt(0) == 'p' && declared.contains(name.substring(1))) {
            // A momentum named after its coordinate: px is p_x, px1 is p_{x1}.
            String p = accent == null ? "p" : accent + "{p}";
            return p + "_{" + name.substring(1) + "}";
        }
        String base = name;
        String subscript = "";
        int underscore = name.indexOf('_');
        if (underscore > 0) {
            base = name.substring(0, underscore);
            subscript = name.substring(underscore + 1);
        } else {
            int digits = name.length();
            while (digits > 1 && Character.isDigit(name.charAt(digits - 1))) {
                digits--;
            }
            if (digits < name.length()) {
                base = name.substring(0, digits);
                subscript = name.substring(digits);
            }
        }
        String baseTex = GREEK.contains(base) ? "\\" + base : base.equals("th") ? "\\theta"
                : base.length() == 1 ? base : "\\mathit{" + base + "}";
        if (accent != null) {
            baseTex = accent + "{" + baseTex + "}";
        }
        return subscript.isEmpty() ? baseTex : baseTex + "_{" + subscript + "}";
    }

    /** TeX-escaped plain text. */
    public static String verbatim(String text) {
        StringBuilder out = new StringBuilder("\\text{");
        for (char c : text.strip().toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\backslash ");
                case '{', '}', '_', '#', '$', '%', '&' -> out.append('\\').append(c);
                case '^' -> out.append("\\^{}");
                case '~' -> out.append("\\sim ");
                default -> out.append(c);
            }
        }
        return out.append('}').toString();
    }

    private String write(Node node) {
        if (node instanceof Node.Number number) {
            return number.text();
        }
        if (node instanceof Node.Name name) {
            return writeName(name.text());
        }
        if (node instanceof Node.Negate negate) {
            return "-" + wrap(negate.operand(), Node.NEGATE);
        }
        if (node instanceof Node.Not not) {
            return "\\neg " + wrap(not.operand(), Node.NOT);
        }
        if (node instanceof Node.Binary binary) {
            return writeBinary(binary);
        }
        return writeCall((Node.Call) node);
    }

    private String writeName(String text) {
        if (!declared.contains(text)) {
            if (text.equals("Pi")) {
                return "\\pi";
            }
            if (text.equals("E")) {
                return "e";
            }
        }
        return name(text);
    }

    private String writeBinary(Node.Binary binary) {
        String op = binary.operator();
        return switch (op) {
            case "/" -> "\\frac{" + write(binary.left()) + "}{" + write(binary.right()) + "}";
            case "^" -> writePower(binary.left(), binary.right());
            case "*" -> writeProduct(binary);
            default -> wrap(binary.left(), binary.precedence())
                    + " " + texOperator(op) + " " + wrap(binary.right(), binary.precedence() + 1);
        };
    }

    /** {@code Sin(x)^2} is written the usual way, {@code \sin^{2}(x)}. */
    private String writePower(Node base, Node exponent) {
        if (base instanceof Node.Call call && FUNCTIONS.containsKey(call.function())
                && call.arguments().size() == 1) {
            return FUNCTIONS.get(call.function()) + "^{" + writeExponent(exponent) + "}\\left("
                    + write(call.arguments().get(0)) + "\\right)";
        }
        return powerBase(base) + "^{" + writeExponent(exponent) + "}";
    }

    private String powerBase(Node base) {
        boolean fraction = base instanceof Node.Binary b && b.operator().equals("/");
        boolean function = base instanceof Node.Call;
        return fraction || function ? "\\left(" + write(base) + "\\right)" : wrap(base, Node.POWER + 1);
    }

    private String writeExponent(Node exponent) {
        if (exponent instanceof Node.Binary b && b.operator().equals("/")
                && b.left() instanceof Node.Number && b.right() instanceof Node.Number) {
            return write(b.left()) + "/" + write(b.right());
        }
        return write(exponent);
    }

    private String writeProduct(Node.Binary product) {
        String left = wrap(product.left(), Node.PRODUCT);
        String right = wrap(product.right(), Node.NEGATE + 1);
        boolean numbers = Character.isDigit(right.charAt(0)) || right.startsWith("-");
        return left + (numbers ? " \\cdot " : " \\, ") + right;
    }

    private String writeCall(Node.Call call) {
        String arguments = String.join(", ", call.arguments().stream().map(this::write).toList());
        switch (call.function()) {
            case "Sqrt":
                return "\\sqrt{" + arguments + "}";
            case "Exp":
                return "e^{" + arguments + "}";
            case "Abs":
                return "\\left|" + arguments + "\\right|";
            default:
                String tex = FUNCTIONS.get(call.function());
                if (tex == null) {
                    tex = "\\operatorname{" + call.function() + "}";
                }
                return tex + "\\left(" + arguments + "\\right)";
        }
    }

    private String wrap(Node node, int needed) {
        String tex = write(node);
        return node.precedence() < needed ? "\\left(" + tex + "\\right)" : tex;
    }

    private static String texOperator(String op) {
        return switch (op) {
            case "<=" -> "\\le";
            case ">=" -> "\\ge";
            case "&&" -> "\\wedge";
            case "||" -> "\\vee";
            case "==" -> "=";
            default -> op.toLowerCase(Locale.ROOT);
        };
    }
}
