package org.conserve.engine.neural;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** ND4J set-up shared by the neural package: float64 everywhere, and what backend runs. */
final class Backend {
    private static final String ND4J_VERSION = "1.0.0-M2.1";
    /** The backend name of models trained by plain-Java arithmetic ({@link PrecisionTrainer}). */
    static final String PLAIN_JAVA = "java";

    private Backend() {
    }

    /** Makes float64 ND4J's default data type (idempotent, cheap). */
    static synchronized void useDouble() {
        if (Nd4j.dataType() != DataType.DOUBLE) {
            Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        }
    }

    /** "nd4j-native" (CPU) or the CUDA backend's name, from ND4J's backend class. */
    static String name() {
        String backend = Nd4j.getBackend().getClass().getSimpleName();
        return backend.contains("Cuda") || backend.contains("JCublas") ? "nd4j-cuda" : "nd4j-native";
    }

    static String nd4jVersion() {
        Package nd4j = Nd4j.class.getPackage();
        String version = nd4j == null ? null : nd4j.getImplementationVersion();
        return version == null ? ND4J_VERSION : version;
    }
}
