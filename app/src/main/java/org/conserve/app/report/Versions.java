package org.conserve.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The software a report was produced with.
 *
 * @param conserve Conserve's version ("development build" outside a packaged jar)
 * @param java     the Java runtime
 * @param nd4j     ND4J's version ("" when no neural stage ran)
 * @param symja    Symja's version ("unknown" when the jar does not say)
 * @param backend  ND4J backend ("nd4j-native" or "nd4j-cuda"; "" when no neural stage ran)
 */
public record Versions(String conserve, String java, String nd4j, String symja, String backend) {

    /** The versions of this process, with the neural stage's ND4J version and backend. */
    public static Versions current(String nd4j, String backend) {
        return new Versions(orElse(Versions.class.getPackage().getImplementationVersion(), "development build"),
                System.getProperty("java.version"), nd4j, symjaVersion(), backend);
    }

    /** From the jar's Maven metadata: Symja's manifest does not carry its version. */
    private static String symjaVersion() {
        String resource = "/META-INF/maven/org.matheclipse/matheclipse-core/pom.properties";
        try (InputStream in = org.matheclipse.core.expression.F.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return orElse(properties.getProperty("version"), "unknown");
        } catch (IOException unreadable) {
            return "unknown";
        }
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
