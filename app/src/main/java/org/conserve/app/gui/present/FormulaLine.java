package org.conserve.app.gui.present;

/**
 * One formula on the formulas slide.
 *
 * @param name   "I1", "I2", ... for counted laws, "" otherwise
 * @param tex    the formula as TeX
 * @param status e.g. "proved", "numeric (residual 3.1e-12)", "stated in the file, not yet discovered"
 * @param proved true for a law Symja proved
 */
public record FormulaLine(String name, String tex, String status, boolean proved) {
}
