package org.conserve.engine.system;

/**
 * A function with the text it was written as (for instance an expected law {@code x*py - y*px}).
 *
 * @param expression the source text, in the system file's syntax
 * @param function   its compiled evaluator
 */
public record NamedFunction(String expression, ScalarFunction function) {
}
