package org.conserve.app.gui.laws;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.conserve.engine.system.Interval;
import org.conserve.engine.system.ScalarFunction;

/**
 * The slice plot of an ODE law: one variable runs over its sampling interval while the others stay at a
 * sample point; along that line the formula is drawn against the trained networks' best affine
 * combination ({@link AffineFit}), or, for a neural-only row, the networks themselves. Points outside the
 * sampling box's {@code where}, or where a value is not finite, are left out. Stateless.
 */
final class LawSlices {
    /** Points along the slice. */
    static final int POINTS = 121;

    private LawSlices() {
    }

    static LawSlice of(LawSubject subject, LawRow row, NetworkValues networks, int variable) {
        if (!subject.isOde()) {
            throw new LawDetailException("the slice plot compares trained networks with a formula along one"
                    + " coordinate of an ODE; a PDE's networks are local densities, not functions of a state's coordinates");
        }
        if (networks.labels().isEmpty()) {
            throw new LawDetailException("this result has no trained networks to compare with");
        }
        String name = subject.coordinates().get(variable);
        double[] centre = subject.samplePoint();
        Interval range = subject.ode.box().interval(variable);
        List<double[]> kept = new ArrayList<>();
        for (int j = 0; j < POINTS; j++) {
            double[] point = centre.clone();
            point[variable] = range.min() + range.width() * j / (POINTS - 1);
            if (subject.ode.where().accepts(point)) {
                kept.add(point);
            }
        }
        double[][] points = kept.toArray(double[][]::new);
        boolean formula = row.kind() != LawRow.Kind.NEURAL_ONLY;
        double[] f = new double[points.length];
        if (formula) {
            ScalarFunction law = LawFunctions.compile(subject.definition, row.expression());
            for (int p = 0; p < points.length; p++) {
                f[p] = law.value(points[p]);
            }
        }
        double[][] h = points.length == 0 ? new double[networks.labels().size()][0] : networks.at(points);
        int[] finite = finitePoints(f, h);
        if (finite.length < 2) {
            throw new LawDetailException("fewer than 2 points of the slice through " + point(subject, centre)
                    + " along " + name + " have finite values; pick another variable");
        }
        double[] x = pick(column(points, variable), finite);
        double[][] hFinite = new double[h.length][];
        for (int i = 0; i < h.length; i++) {
            hFinite[i] = pick(h[i], finite);
        }
        String through = point(subject, centre);
        List<Curve> curves = new ArrayList<>();
        if (!formula) {
            for (int i = 0; i < hFinite.length; i++) {
                curves.add(new Curve(networks.labels().get(i), x, hFinite[i]));
            }
            String caption = "The conserved networks along " + name + " through " + through
                    + "; no formula in the searched basis to compare them with.";
            return new LawSlice(new LawPlot("Networks on a slice", name, "value", curves, caption), name, Double.NaN);
        }
        double[] fFinite = pick(f, finite);
        AffineFit fit = AffineFit.of(fFinite, hFinite);
        curves.add(new Curve(LawTrajectories.name(row) + " (formula)", x, fFinite));
        curves.add(new Curve("networks' fit", x, fit.fitted()));
        String residual = fit.constant()
                ? String.format(Locale.ROOT, "the formula is constant along this slice; rms residual %.1e",
                        fit.relativeResidual())
                : String.format(Locale.ROOT, "relative residual %.1e", fit.relativeResidual());
        String caption = "Networks' fit: the least-squares c0 + \u03a3 ci Hi over the trained networks "
                + String.join(", ", networks.labels()) + " (" + coefficients(fit.coefficients()) + ") at " + x.length + " points along " + name + " through "
                + through + ": " + residual + ". Networks learn any function of the laws, hence the fit.";
        return new LawSlice(new LawPlot("Network vs formula on a slice", name, "value", curves, caption), name,
                fit.relativeResidual());
    }

    private static int[] finitePoints(double[] f, double[][] h) {
        List<Integer> finite = new ArrayList<>();
        for (int p = 0; p < f.length; p++) {
            boolean ok = Double.isFinite(f[p]);
            for (double[] network : h) {
                ok &= Double.isFinite(network[p]);
            }
            if (ok) {
                finite.add(p);
            }
        }
        return finite.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[] pick(double[] values, int[] indices) {
        double[] picked = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            picked[i] = values[indices[i]];
        }
        return picked;
    }

    private static double[] column(double[][] rows, int index) {
        double[] column = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            column[i] = rows[i][index];
        }
        return column;
    }

    private static String point(LawSubject subject, double[] point) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < point.length; k++) {
            parts.add(String.format(Locale.ROOT, "%s = %.3g", subject.coordinates().get(k), point[k]));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private static String coefficients(double[] c) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < c.length; i++) {
            parts.add(String.format(Locale.ROOT, "c%d = %.3g", i, c[i]));
        }
        return String.join(", ", parts);
    }
}
