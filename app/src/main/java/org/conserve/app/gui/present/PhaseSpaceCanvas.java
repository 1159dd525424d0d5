package org.conserve.app.gui.present;

import java.util.Locale;

import javafx.beans.value.ObservableValue;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.conserve.app.gui.simulate.PlotRange;

/**
 * The phase-space slide's picture: a scatter of the sampled points (ODE), or the sampled states as curves
 * (PDE), on axes with large labels. Redrawn when resized or when the sample arrives.
 */
final class PhaseSpaceCanvas extends Pane {
    private static final double MARGIN = 70;
    private static final Color[] CURVES = {Color.web("#2f6fd6"), Color.web("#d9822b"), Color.web("#2e9e5b"),
            Color.web("#c0392b"), Color.web("#8e44ad"), Color.web("#16a2b8")};
    private final Canvas canvas = new Canvas();
    private final ObservableValue<PhaseSpaceSample> sample;

    PhaseSpaceCanvas(ObservableValue<PhaseSpaceSample> sample) {
        this.sample = sample;
        setId("phase-space-canvas");
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener((obs, old, now) -> draw());
        canvas.heightProperty().addListener((obs, old, now) -> draw());
        sample.addListener((obs, old, now) -> draw());
        setMinSize(0, 0);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        PhaseSpaceSample shown = sample.getValue();
        if (shown == null || width < 3 * MARGIN || height < 3 * MARGIN) {
            return;
        }
        PlotRange xs = new PlotRange();
        PlotRange ys = new PlotRange();
        for (double x : shown.horizontal()) {
            xs.include(x);
        }
        if (shown.isField()) {
            shown.states().forEach(state -> {
                for (double y : state) {
                    ys.include(y);
                }
            });
        } else {
            for (double y : shown.vertical()) {
                ys.include(y);
            }
        }
        double[] xRange = pad(xs);
        double[] yRange = pad(ys);
        if (!shown.isField()) {
            // Equal scales: a round region looks round.
            double plotWidth = width - 2 * MARGIN;
            double plotHeight = height - 2 * MARGIN;
            double unit = Math.max((xRange[1] - xRange[0]) / plotWidth, (yRange[1] - yRange[0]) / plotHeight);
            xRange = centred(xRange, unit * plotWidth);
            yRange = centred(yRange, unit * plotHeight);
        }
        Axes axes = new Axes(xRange, yRange, width, height);
        axes.draw(g, shown.axes().get(0), shown.axes().get(1));
        if (shown.isField()) {
            g.setLineWidth(2.5);
            for (int s = 0; s < shown.states().size(); s++) {
                double[] state = shown.states().get(s);
                g.setStroke(CURVES[s % CURVES.length]);
                g.beginPath();
                for (int j = 0; j < state.length; j++) {
                    if (j == 0) {
                        g.moveTo(axes.x(shown.horizontal()[j]), axes.y(state[j]));
                    } else {
                        g.lineTo(axes.x(shown.horizontal()[j]), axes.y(state[j]));
                    }
                }
                g.stroke();
            }
        } else {
            g.setFill(Color.web("#2f6fd6", 0.55));
            double radius = shown.horizontal().length > 2000 ? 2 : 3;
            for (int i = 0; i < shown.horizontal().length; i++) {
                g.fillOval(axes.x(shown.horizontal()[i]) - radius, axes.y(shown.vertical()[i]) - radius,
                        2 * radius, 2 * radius);
            }
        }
    }

    private static double[] pad(PlotRange range) {
        double lower = range.isEmpty() ? -1 : range.lower();
        double upper = range.isEmpty() ? 1 : range.upper();
        double margin = Math.max(1e-9, (upper - lower) * 0.05);
        return new double[] {lower - margin, upper + margin};
    }

    private static double[] centred(double[] range, double span) {
        double centre = (range[0] + range[1]) / 2;
        return new double[] {centre - span / 2, centre + span / 2};
    }

    private record Axes(double[] xs, double[] ys, double width, double height) {
        double x(double value) {
            return MARGIN + (value - xs[0]) / (xs[1] - xs[0]) * (width - 2 * MARGIN);
        }

        double y(double value) {
            return height - MARGIN - (value - ys[0]) / (ys[1] - ys[0]) * (height - 2 * MARGIN);
        }

        void draw(GraphicsContext g, String xLabel, String yLabel) {
            g.setLineWidth(1);
            g.setFont(Font.font(18));
            g.setFill(Color.web("#5b6475"));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            for (double tick : PlotRange.ticks(xs[0], xs[1], 8)) {
                g.setStroke(tick == 0 ? Color.web("#b9c0cc") : Color.web("#e6e9ef"));
                g.strokeLine(x(tick), MARGIN, x(tick), height - MARGIN);
                g.fillText(label(tick), x(tick), height - MARGIN + 8);
            }
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            for (double tick : PlotRange.ticks(ys[0], ys[1], 6)) {
                g.setStroke(tick == 0 ? Color.web("#b9c0cc") : Color.web("#e6e9ef"));
                g.strokeLine(MARGIN, y(tick), width - MARGIN, y(tick));
                g.fillText(label(tick), MARGIN - 8, y(tick));
            }
            g.setFont(Font.font(null, FontWeight.BOLD, 22));
            g.setFill(Color.web("#1d2330"));
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(xLabel, width - MARGIN, height - 8);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(yLabel, MARGIN, 12);
        }

        private static String label(double tick) {
            String text = String.format(Locale.ROOT, "%.3g", tick);
            return text.contains(".") && !text.contains("e") ? text.replaceAll("0+$", "").replaceAll("\\.$", "")
                    : text;
        }
    }
}
