package org.conserve.app.gui.discover;

import java.util.List;
import java.util.Locale;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * The Discover page's charts: losses against training time and, once counted, the explained-ratio
 * spectrum with the counted ratios highlighted. Both plot log10 of the values, with ticks written as
 * powers of ten. The loss chart follows {@link DiscoverViewModel#losses()}, which changes at most once
 * per frame. A chart starts with what the model holds already, and listens weakly (the presentation
 * mode makes charts of the same model that must not outlive their window).
 */
public final class DiscoverCharts {
    /** Values below this are drawn at it (log of 0 is not a number). */
    private static final double FLOOR = 1e-16;

    private DiscoverCharts() {
    }

    public static LineChart<Number, Number> losses(DiscoverViewModel model) {
        NumberAxis time = new NumberAxis();
        time.setLabel("training time (s)");
        time.setForceZeroInRange(true);
        NumberAxis value = logAxis("loss");
        LineChart<Number, Number> chart = new LineChart<>(time, value);
        chart.setId("loss-chart");
        chart.setTitle("Training losses");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        XYChart.Series<Number, Number> total = new XYChart.Series<>();
        total.setName("loss = l1 + \u03bb l2");
        XYChart.Series<Number, Number> l1 = new XYChart.Series<>();
        l1.setName("l1 (conservation)");
        XYChart.Series<Number, Number> l2 = new XYChart.Series<>();
        l2.setName("l2 (independence)");
        chart.getData().setAll(List.of(total, l1, l2));
        ListChangeListener<LossPoint> follow = change -> {
            while (change.next()) {
                if (change.wasRemoved() && model.losses().isEmpty()) {
                    total.getData().clear();
                    l1.getData().clear();
                    l2.getData().clear();
                }
                addLosses(change.getAddedSubList(), total, l1, l2);
            }
        };
        addLosses(model.losses(), total, l1, l2);
        chart.getProperties().put(DiscoverCharts.class, follow); // the chart keeps its listener alive
        model.losses().addListener(new WeakListChangeListener<>(follow));
        return chart;
    }

    private static void addLosses(List<? extends LossPoint> points, XYChart.Series<Number, Number> total,
            XYChart.Series<Number, Number> l1, XYChart.Series<Number, Number> l2) {
        for (LossPoint point : points) {
            total.getData().add(new XYChart.Data<>(point.seconds(), log(point.loss())));
            l1.getData().add(new XYChart.Data<>(point.seconds(), log(point.l1())));
            l2.getData().add(new XYChart.Data<>(point.seconds(), log(point.l2())));
        }
    }

    /**
     * Bars must grow upwards from the smallest ratio, not hang from 1 (log 1 = 0): each bar's height is
     * {@code log10(ratio) - base}, with {@code base} a power of ten below the smallest ratio, and the
     * tick labels add {@code base} back.
     */
    public static BarChart<String, Number> spectrum(DiscoverViewModel model) {
        CategoryAxis network = new CategoryAxis();
        network.setLabel("explained ratios, largest first (counted ones in blue)");
        int[] base = {-8};
        NumberAxis ratio = new NumberAxis();
        ratio.setLabel("ratio (log scale)");
        ratio.setAutoRanging(false);
        ratio.setLowerBound(0);
        ratio.setUpperBound(-base[0]);
        ratio.setTickUnit(1);
        ratio.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number height) {
                return "1e" + Math.round(height.doubleValue() + base[0]);
            }

            @Override
            public Number fromString(String text) {
                return Math.log10(Double.parseDouble(text)) - base[0];
            }
        });
        BarChart<String, Number> chart = new BarChart<>(network, ratio);
        chart.setId("spectrum-chart");
        chart.setTitle("Explained-ratio spectrum");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        ChangeListener<DiscoverResult> follow = (obs, old, result) -> {
            chart.getData().clear();
            if (result == null) {
                chart.setTitle("Explained-ratio spectrum");
                return;
            }
            int count = result.neural().count();
            double[] ratios = result.neural().explainedRatios();
            double smallest = 0;
            for (double value : ratios) {
                smallest = Math.min(smallest, log(value));
            }
            base[0] = (int) Math.floor(smallest) - 1;
            ratio.setUpperBound(-base[0]);
            ratio.setTickUnit(base[0] < -10 ? 2 : 1);
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            for (int i = 0; i < ratios.length; i++) {
                XYChart.Data<String, Number> bar = new XYChart.Data<>("r" + (i + 1), log(ratios[i]) - base[0]);
                boolean counted = i < count;
                bar.nodeProperty().addListener((o, was, node) -> {
                    if (node != null) {
                        node.setStyle(counted ? "-fx-bar-fill: #2f6fd6;" : "-fx-bar-fill: #b8bec9;");
                    }
                });
                series.getData().add(bar);
            }
            chart.getData().add(series);
            chart.setTitle(String.format(Locale.ROOT, "Spectrum: count %d (%s)", count,
                    result.neural().countRule() == org.conserve.engine.independence.CountRule.LARGEST_GAP
                            ? "largest gap" : String.format(Locale.ROOT, "threshold %.0e", result.neural().threshold())));
        };
        follow.changed(model.resultProperty(), null, model.resultProperty().get());
        chart.getProperties().put(DiscoverCharts.class, follow);
        model.resultProperty().addListener(new WeakChangeListener<>(follow));
        return chart;
    }

    private static NumberAxis logAxis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label + " (log scale)");
        axis.setForceZeroInRange(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number exponent) {
                double value = exponent.doubleValue();
                return Math.abs(value - Math.rint(value)) < 1e-9 ? "1e" + (long) Math.rint(value)
                        : String.format(Locale.ROOT, "%.1e", Math.pow(10, value));
            }

            @Override
            public Number fromString(String text) {
                return Math.log10(Double.parseDouble(text));
            }
        });
        return axis;
    }

    private static double log(double value) {
        return Math.log10(Math.max(FLOOR, Math.abs(value)));
    }
}
