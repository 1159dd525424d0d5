package org.conserve.engine;

/** Message keys of {@link EngineException}; tests assert these, not the wording. */
public enum EngineError {
    /** A request's parameter is out of its range (names the parameter and the range). */
    INVALID_ARGUMENT,
    /** Sampling found no usable point (box, filter or non-finite rates rejected them all). */
    NO_SAMPLES,
    /** The vector field is zero everywhere on the sample: nothing moves, every function is conserved. */
    ZERO_FIELD,
    /** A numerical procedure produced NaN or infinity (names the stage and what to change). */
    DIVERGED,
    /** A time integration failed (step size underflow, blow-up). */
    SIMULATION_FAILED,
    /** A computation was stopped by the user or a listener. */
    STOPPED
}
