package org.conserve.app.gui.present;

/** Where the presented system's discovery stands, as the training, spectrum and formulas slides see it. */
public enum DiscoveryState {
    /** No discovery of this system is shown on the Discover page: the slide offers to start one. */
    NOT_RUN,
    /** A discovery of this system is running in the background. */
    RUNNING,
    /** A discovery of this system finished (or was stopped with a partial result). */
    FINISHED
}
