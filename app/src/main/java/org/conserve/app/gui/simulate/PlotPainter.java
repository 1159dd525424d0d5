package org.conserve.app.gui.simulate;

import java.util.List;
import java.util.Locale;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Draws a simulation frame onto a canvas: bodies with trails, a phase portrait, or fields u(x, t). */
final class PlotPainter {
    private static final Color[] COLORS = {Color.web("#2f6fd6"), Color.web("#d9822b"), Color.web("#2e9e5b"),
            Color.web("#c0392b"), Color.web("#8e44ad")};
    private static final Color GRID = Color.web("#e6e9ef");
    private static final Color AXIS_TEXT = Color.web("#5b6475");
    private static final double MARGIN = 44;

    private final PlotRange horizontal = new PlotRange();
    private final PlotRange vertical = new PlotRange();
    /** What the last orbit plot showed, to read a click back into coordinates; null after a field plot. */
    private Axes lastAxes;
    private Display lastDisplay;
    private Frame lastFrame;

    /**
     * A click on the plot as a start: the state indices of the plotted pair (for bodies, the body drawn
     * nearest to the click) and the coordinates under the click.
     */
    record Pick(int xIndex, int yIndex, double x, double y) {
    }

    /** The coordinates under pixel ({@code px}, {@code py}) of the last orbit plot; empty for fields or none. */
    java.util.Optional<Pick> pick(double px, double py) {
        if (lastAxes == null) {
            return java.util.Optional.empty();
        }
        int[] nearest = lastDisplay.pairs().get(0);
        double best = Double.POSITIVE_INFINITY;
        for (int[] pair : lastDisplay.pairs()) {
            double distance = Math.hypot(lastAxes.x(lastFrame.state()[pair[0]]) - px,
                    lastAxes.y(lastFrame.state()[pair[1]]) - py);
            if (distance < best) {
                best = distance;
                nearest = pair;
            }
        }
        return java.util.Optional.of(new Pick(nearest[0], nearest[1], lastAxes.dataX(px), lastAxes.dataY(py)));
    }

    /** Forgets the ranges: a new simulation starts with its own scale. */
    void reset() {
        horizontal.reset();
        vertical.reset();
    }

    void paint(GraphicsContext g, double width, double height, Simulation simulation, List<Frame> trail, Frame now) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        if (simulation == null || now == null || width < 2 * MARGIN || height < 2 * MARGIN) {
            return;
        }
        Display display = simulation.display();
        lastAxes = null;
        switch (display.type()) {
            case FIELD -> paintFields(g, width, height, simulation, now);
            case BODIES, PHASE -> paintOrbits(g, width, height, display, trail, now);
        }
    }

    private void paintOrbits(GraphicsContext g, double width, double height, Display display, List<Frame> trail,
            Frame now) {
        for (Frame frame : trail) {
            for (int[] pair : display.pairs()) {
                horizontal.include(frame.state()[pair[0]]);
                vertical.include(frame.state()[pair[1]]);
            }
        }
        if (display.type() == Display.Type.BODIES && display.pairs().size() == 1) {
            horizontal.include(0); // the centre of force
            vertical.include(0);
        }
        // Equal scales on both axes for positions, so orbits keep their shape.
        double span = Math.max(horizontal.upper() - horizontal.lower(), vertical.upper() - vertical.lower());
        // Phase portraits too: a circle in the (x, p) plane should look like one.
        boolean equal = true;
        double[] xs = equal ? horizontal.atLeast(span * (width - 2 * MARGIN) / Math.max(1, height - 2 * MARGIN))
                : new double[] {horizontal.lower(), horizontal.upper()};
        double[] ys = equal ? vertical.atLeast(span) : new double[] {vertical.lower(), vertical.upper()};
        Axes axes = new Axes(xs[0], xs[1], ys[0], ys[1], width, height);
        axes.draw(g, display.axisLabels().get(0), display.axisLabels().get(1));
        lastAxes = axes;
        lastDisplay = display;
        lastFrame = now;

        if (display.type() == Display.Type.BODIES && display.pairs().size() == 1) {
            g.setFill(Color.web("#f2b134"));
            g.fillOval(axes.x(0) - 7, axes.y(0) - 7, 14, 14);
        }
        for (int body = 0; body < display.pairs().size(); body++) {
            int[] pair = display.pairs().get(body);
            Color color = COLORS[body % COLORS.length];
            g.setLineWidth(2);
            int n = trail.size();
            for (int i = 1; i < n; i++) {
                double age = (double) i / n; // old segments fade out
                g.setStroke(color.deriveColor(0, 1, 1, 0.12 + 0.88 * age));
                double[] a = trail.get(i - 1).state();
                double[] b = trail.get(i).state();
                g.strokeLine(axes.x(a[pair[0]]), axes.y(a[pair[1]]), axes.x(b[pair[0]]), axes.y(b[pair[1]]));
            }
            double px = axes.x(now.state()[pair[0]]);
            double py = axes.y(now.state()[pair[1]]);
            g.setFill(color);
            g.fillOval(px - 7, py - 7, 14, 14);
            g.setStroke(Color.WHITE);
            g.setLineWidth(2);
            g.strokeOval(px - 7, py - 7, 14, 14);
        }
    }

    private void paintFields(GraphicsContext g, double width, double height, Simulation simulation, Frame now) {
        double[] grid = simulation.grid();
        int points = grid.length;
        int fields = simulation.coordinates().size();
        Frame initial = simulation.initialFrame();
        horizontal.include(grid[0]);
        horizontal.include(grid[points - 1]);
        for (Frame frame : List.of(initial, now)) {
            for (double value : frame.state()) {
                vertical.include(value);
            }
            if (fields == 2) {
                for (int j = 0; j < points; j++) {
                    vertical.include(Math.hypot(frame.state()[j], frame.state()[points + j]));
                }
            }
        }
        Axes axes = new Axes(horizontal.lower(), horizontal.upper(), vertical.lower(), vertical.upper(), width, height);
        axes.draw(g, "x", fields == 2 ? "|ψ| = √(" + String.join("² + ", simulation.coordinates()) + "²)"
                : simulation.coordinates().get(0));
        g.setLineWidth(1.5);
        g.setStroke(Color.web("#c3c9d4"));
        strokeField(g, axes, grid, initial.state(), 0, fields == 2 ? initial.state() : null);
        for (int f = 0; f < fields; f++) {
            g.setLineWidth(fields == 2 ? 1.2 : 2.5);
            g.setStroke(COLORS[f % COLORS.length].deriveColor(0, 1, 1, fields == 2 ? 0.55 : 1));
            strokeField(g, axes, grid, now.state(), f * points, null);
        }
        if (fields == 2) {
            g.setLineWidth(2.8);
            g.setStroke(Color.web("#1d2330"));
            strokeField(g, axes, grid, now.state(), 0, now.state());
        }
    }

    /** One field, or with {@code modulusOf} the modulus of the two fields. */
    private static void strokeField(GraphicsContext g, Axes axes, double[] grid, double[] state, int offset,
            double[] modulusOf) {
        int points = grid.length;
        g.beginPath();
        for (int j = 0; j < points; j++) {
            double value = modulusOf == null ? state[offset + j] : Math.hypot(modulusOf[j], modulusOf[points + j]);
            if (j == 0) {
                g.moveTo(axes.x(grid[j]), axes.y(value));
            } else {
                g.lineTo(axes.x(grid[j]), axes.y(value));
            }
        }
        g.stroke();
    }

    /** Maps data to pixels inside the margins and draws the grid with tick labels. */
    private record Axes(double xMin, double xMax, double yMin, double yMax, double width, double height) {
        double x(double value) {
            return MARGIN + (value - xMin) / (xMax - xMin) * (width - 2 * MARGIN);
        }

        double y(double value) {
            return height - MARGIN - (value - yMin) / (yMax - yMin) * (height - 2 * MARGIN);
        }

        double dataX(double pixel) {
            return xMin + (pixel - MARGIN) / (width - 2 * MARGIN) * (xMax - xMin);
        }

        double dataY(double pixel) {
            return yMin + (height - MARGIN - pixel) / (height - 2 * MARGIN) * (yMax - yMin);
        }

        void draw(GraphicsContext g, String xLabel, String yLabel) {
            g.setLineWidth(1);
            g.setFont(Font.font(11));
            g.setFill(AXIS_TEXT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            for (double tick : PlotRange.ticks(xMin, xMax, 8)) {
                g.setStroke(tick == 0 ? Color.web("#c9cfda") : GRID);
                g.strokeLine(x(tick), MARGIN, x(tick), height - MARGIN);
                g.fillText(label(tick), x(tick), height - MARGIN + 6);
            }
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            for (double tick : PlotRange.ticks(yMin, yMax, 6)) {
                g.setStroke(tick == 0 ? Color.web("#c9cfda") : GRID);
                g.strokeLine(MARGIN, y(tick), width - MARGIN, y(tick));
                g.fillText(label(tick), MARGIN - 6, y(tick));
            }
            g.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, 12));
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(xLabel, width - MARGIN, height - 6);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(yLabel, MARGIN, 8);
        }

        private static String label(double tick) {
            if (Math.abs(tick) >= 1e4 || (Math.abs(tick) < 1e-3 && tick != 0)) {
                return String.format(Locale.ROOT, "%.0e", tick);
            }
            String text = String.format(Locale.ROOT, "%.4g", tick);
            return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        }
    }
}
