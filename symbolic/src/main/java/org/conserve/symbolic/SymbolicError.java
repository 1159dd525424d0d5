package org.conserve.symbolic;

/** Message keys of {@link SymbolicException}; tests assert these, not the wording. */
public enum SymbolicError {
    /** A system file is invalid; the exception carries every {@link SourceProblem} found. */
    INVALID_SYSTEM_FILE,
    /** A system file could not be read from disk. */
    UNREADABLE_FILE,
    /** A Symja computation ran past its time limit. */
    TIMEOUT,
    /** An expression contains something outside the compiled subset (names the head). */
    NOT_COMPILABLE,
    /** A symbolic search would exceed its size limit (names the limit and what to lower). */
    SEARCH_TOO_LARGE,
    /** A method that needs a polynomial (the PDE density search) was given something else. */
    NOT_POLYNOMIAL,
    /** Symja failed in an unexpected way (a bug, not a user mistake). */
    SYMJA_FAILURE
}
