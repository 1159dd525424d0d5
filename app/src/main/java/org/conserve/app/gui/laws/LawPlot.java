package org.conserve.app.gui.laws;

import java.util.List;

/**
 * What a law chart shows: its lines, axes and a caption that says how the lines were computed.
 *
 * @param title   the chart's title
 * @param xLabel  the horizontal axis
 * @param yLabel  the vertical axis
 * @param curves  the lines, in legend order
 * @param caption one or two sentences below the chart (the drift, the fit and its residual)
 */
public record LawPlot(String title, String xLabel, String yLabel, List<Curve> curves, String caption) {
    public LawPlot {
        curves = List.copyOf(curves);
    }
}
