package org.conserve.symbolic.file;

import org.conserve.symbolic.expr.ExactNumber;

/**
 * A named constant of a system file.
 *
 * @param name   the name as declared
 * @param value  its exact value (8/3 stays 8/3) and nearest double
 * @param line   1-based line of its name in the file
 * @param column 1-based column of its name in the file
 */
public record Parameter(String name, ExactNumber value, int line, int column) {
}
