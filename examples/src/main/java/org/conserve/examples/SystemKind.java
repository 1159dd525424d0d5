package org.conserve.examples;

import java.util.Locale;

/** Whether a built-in system is an ODE or an evolution PDE (the file's {@code kind} key). */
public enum SystemKind {
    ODE,
    PDE;

    /** The spelling used in system files and in the catalogue index: {@code ode} or {@code pde}. */
    public String fileSpelling() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind spelt {@code text} in a file.
     *
     * @throws IllegalArgumentException for anything other than {@code ode} or {@code pde}
     */
    public static SystemKind fromFileSpelling(String text) {
        for (SystemKind kind : values()) {
            if (kind.fileSpelling().equals(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("expected kind 'ode' or 'pde', found '" + text + "'");
    }
}
