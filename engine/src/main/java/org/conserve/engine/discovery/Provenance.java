package org.conserve.engine.discovery;

/**
 * What produced a result, so that it can be reproduced: the seed and the software that ran.
 *
 * @param seed        the discovery seed (sampling, held-out sampling and training derive from it)
 * @param backend     ND4J backend ("nd4j-native" on the CPU, "nd4j-cuda" on a GPU)
 * @param nd4jVersion ND4J version
 * @param javaVersion the Java runtime's version
 */
public record Provenance(long seed, String backend, String nd4jVersion, String javaVersion) {
}
