package org.conserve.engine.neural;

/** The phases of training, in order. */
public enum TrainingStage {
    /** Adam with an exponentially decaying learning rate (mini-batch or full batch). */
    ADAM,
    /** Full-batch limited-memory BFGS, for high precision. */
    LBFGS,
    /** Dense BFGS, one network at a time against the accepted ones ({@link PrecisionTrainer}). */
    PRECISION
}
