package org.conserve.engine;

import java.util.Arrays;
import java.util.List;

/**
 * The one unchecked exception of the engine module. Callers branch on {@link #key()}, never on the
 * text; the message is written for a person and says what went wrong and what to try.
 */
public class EngineException extends RuntimeException {
    private final EngineError key;
    private final List<Object> arguments;

    public EngineException(EngineError key, String message, Object... arguments) {
        super(message);
        this.key = key;
        this.arguments = List.copyOf(Arrays.asList(arguments));
    }

    public EngineException(EngineError key, String message, Throwable cause, Object... arguments) {
        super(message, cause);
        this.key = key;
        this.arguments = List.copyOf(Arrays.asList(arguments));
    }

    public EngineError key() {
        return key;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
