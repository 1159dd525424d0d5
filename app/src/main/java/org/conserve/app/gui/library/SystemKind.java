package org.conserve.app.gui.library;

/** The kinds of system in the library, in the order they are listed. */
public enum SystemKind {
    ODE("Ordinary differential equations", "ODE"),
    PDE("Partial differential equations (1D, periodic)", "PDE"),
    UNKNOWN("Other files", "?");

    private final String heading;
    private final String shortName;

    SystemKind(String heading, String shortName) {
        this.heading = heading;
        this.shortName = shortName;
    }

    public String heading() {
        return heading;
    }

    public String shortName() {
        return shortName;
    }

    /** The kind named by a file's {@code kind:} value. */
    public static SystemKind of(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "ode" -> ODE;
            case "pde" -> PDE;
            default -> UNKNOWN;
        };
    }
}
