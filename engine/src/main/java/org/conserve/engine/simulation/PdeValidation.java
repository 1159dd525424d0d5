package org.conserve.engine.simulation;

import org.conserve.engine.EngineError;
import org.conserve.engine.EngineException;
import org.conserve.engine.system.PdeSystem;

/** Argument checks of {@link PdeSimulator}, with messages that name the parameter and what was expected. */
final class PdeValidation {

    private PdeValidation() {
    }

    static void check(PdeSystem system, double[][] initialFields, double endTime, int steps) {
        int fields = system.fields().size();
        int points = system.grid().points();
        int orders = system.jet().maxOrder() + 1;
        double[][][] linear = system.linear();
        for (int t = 0; t < fields; t++) {
            if (linear[t].length != fields) {
                throw invalid("the linear part of equation " + t + " has " + linear[t].length
                        + " source fields, expected " + fields);
            }
            for (int s = 0; s < fields; s++) {
                if (linear[t][s].length > orders) {
                    throw invalid("the linear part of equation " + t + " has derivatives up to order "
                            + (linear[t][s].length - 1) + ", but the jet stops at order " + (orders - 1));
                }
            }
        }
        if (initialFields.length != fields) {
            throw invalid("the initial state has " + initialFields.length + " fields, expected " + fields);
        }
        for (int f = 0; f < fields; f++) {
            if (initialFields[f].length != points) {
                throw invalid("initial field " + system.fields().get(f) + " has " + initialFields[f].length
                        + " values, expected one per grid point (" + points + ")");
            }
            for (int j = 0; j < points; j++) {
                if (!Double.isFinite(initialFields[f][j])) {
                    throw invalid("initial field " + system.fields().get(f) + " is not finite at x = "
                            + system.grid().x(j) + ": " + initialFields[f][j]);
                }
            }
        }
        if (!(endTime > 0) || Double.isInfinite(endTime)) {
            throw invalid("the end time t must be a positive finite number, got " + endTime);
        }
        if (steps < 1) {
            throw invalid("the number of output steps must be at least 1, got " + steps);
        }
    }

    private static EngineException invalid(String message) {
        return new EngineException(EngineError.INVALID_ARGUMENT, message);
    }
}
