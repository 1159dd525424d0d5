package org.conserve.app.gui;

/**
 * A message for a person: what happened and what to do next, never a stack trace.
 *
 * @param severity how it is shown
 * @param text     what happened, one or two sentences
 * @param nextStep what the user can do about it ("" when nothing is needed)
 */
public record UserMessage(Severity severity, String text, String nextStep) {

    public enum Severity { INFO, WARNING, ERROR }

    public static UserMessage info(String text) {
        return new UserMessage(Severity.INFO, text, "");
    }

    public static UserMessage error(String text, String nextStep) {
        return new UserMessage(Severity.ERROR, text, nextStep);
    }

    /** Text and next step as one line for a status bar or banner. */
    public String fullText() {
        return nextStep.isEmpty() ? text : text + " " + nextStep;
    }
}
