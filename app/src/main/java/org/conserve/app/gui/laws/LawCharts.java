package org.conserve.app.gui.laws;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/** Line charts of {@link LawPlot}s, drawn like the Discover page's loss chart (no symbols, no animation). */
final class LawCharts {
    private LawCharts() {
    }

    static LineChart<Number, Number> empty(String id, String title) {
        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis();
        x.setForceZeroInRange(false);
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setMinHeight(200);
        chart.setPrefHeight(240);
        return chart;
    }

    /** Replaces the chart's lines with {@code plot}'s; {@code null} empties it. */
    static void show(LineChart<Number, Number> chart, LawPlot plot) {
        chart.getData().clear();
        if (plot == null) {
            return;
        }
        chart.setTitle(plot.title());
        chart.getXAxis().setLabel(plot.xLabel());
        chart.getYAxis().setLabel(plot.yLabel());
        for (Curve curve : plot.curves()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(curve.label());
            for (int i = 0; i < curve.x().length; i++) {
                series.getData().add(new XYChart.Data<>(curve.x()[i], curve.y()[i]));
            }
            chart.getData().add(series);
        }
    }
}
