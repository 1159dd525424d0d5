package org.conserve.engine.discovery;

/** The steps of a neural discovery run, in order. */
public enum DiscoveryStage {
    /** Drawing the training sample from the system's box. */
    SAMPLING,
    /** Training the conserved-quantity networks (progress comes as training reports). */
    TRAINING,
    /** Counting the independent networks on held-out points. */
    COUNTING,
    /** Finished (completely or stopped). */
    DONE
}
